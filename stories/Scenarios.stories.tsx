import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { SCENARIOS } from '../mocks/scenarios.js';
import { ApiResponseError } from '../src/core/ApiResponseError.js';
import { normalizeApiError } from '../src/core/normalizeApiError.js';
import type { ApiError } from '../src/index.js';

/**
 * Every scenario of the mock API, fetched for real through MSW and read by the kit: the table
 * shows what each dialect becomes. The play function checks each against its expected category and code.
 */
const meta = {
  title: 'Live/Every scenario',
  loaders: [
    async () => ({
      results: await Promise.all(
        SCENARIOS.map(async (scenario) => {
          const response = await fetch(`/api/scenarios/${scenario.id}`);
          return normalizeApiError(await ApiResponseError.fromResponse(response, { method: 'GET', url: `/api/scenarios/${scenario.id}` }));
        }),
      ),
    }),
  ],
  render: (_args, { loaded }) => {
    const results = loaded.results as ApiError[];
    return (
      <table>
        <caption>Mock API scenarios and what the kit makes of them</caption>
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Dialect</th>
            <th scope="col">Status</th>
            <th scope="col">Category</th>
            <th scope="col">Code</th>
            <th scope="col">Request id</th>
          </tr>
        </thead>
        <tbody>
          {SCENARIOS.map((scenario, index) => (
            <tr key={scenario.id}>
              <th scope="row">{scenario.title}</th>
              <td>{scenario.dialect}</td>
              <td>{scenario.status}</td>
              <td>{results[index]?.category}</td>
              <td>{results[index]?.code}</td>
              <td>{results[index]?.requestId ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  },
} satisfies Meta;
export default meta;

export const EveryScenario: StoryObj<typeof meta> = {
  name: 'Every scenario',
  play: async ({ loaded }) => {
    const results = loaded.results as ApiError[];
    const seen = SCENARIOS.map((s, i) => `${s.id}: ${results[i]?.category ?? '?'} ${results[i]?.code ?? '?'}`);
    const expected = SCENARIOS.map((s) => `${s.id}: ${s.expected.category} ${s.expected.code}`);
    await expect(seen).toEqual(expected);
  },
};
