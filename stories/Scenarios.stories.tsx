import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { SCENARIOS } from '../mocks/scenarios.js';
import { ApiResponseError } from '../src/model/http/ApiResponseError.js';
import { normalizeApiError } from '../src/model/normalizeApiError.js';
import type { ApiError } from '../src/index.js';
import './docsPages.css';

async function fetchScenario(id: string): Promise<ApiError> {
  const response = await fetch(`/api/scenarios/${id}`);
  return normalizeApiError(await ApiResponseError.fromResponse(response, { method: 'GET', url: `/api/scenarios/${id}` }));
}

/** Fetches every scenario once mounted (after MSW has its handlers) and shows what the kit made of it. */
function ScenarioTable() {
  const [results, setResults] = useState<ApiError[] | null>(null);
  useEffect(() => {
    let active = true;
    void Promise.all(SCENARIOS.map((s) => fetchScenario(s.id))).then((all) => {
      if (active) setResults(all);
    });
    return () => {
      active = false;
    };
  }, []);
  return (
    <table className="scenario-table" aria-busy={results === null}>
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
          <tr key={scenario.id} data-scenario={scenario.id} data-result={results ? `${results[index]?.category ?? ''} ${results[index]?.code ?? ''}` : undefined}>
            <th scope="row">{scenario.title}</th>
            <td>{scenario.dialect}</td>
            <td>{scenario.status}</td>
            <td>{results?.[index]?.category}</td>
            <td>{results?.[index]?.code}</td>
            <td>{results?.[index]?.requestId ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Every scenario of the mock API, fetched for real through MSW and read by the kit: one table
 * of what each dialect becomes, checked against the category and code each scenario expects.
 */
const meta = {
  title: 'Live/Every scenario',
  component: ScenarioTable,
} satisfies Meta<typeof ScenarioTable>;
export default meta;

export const EveryScenario: StoryObj<typeof meta> = {
  name: 'Every scenario',
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('table[aria-busy="false"]')).not.toBeNull());
    const rows = [...canvasElement.querySelectorAll('tr[data-scenario]')];
    const seen = rows.map((row) => `${row.getAttribute('data-scenario') ?? ''}: ${row.getAttribute('data-result') ?? ''}`);
    await expect(seen).toEqual(SCENARIOS.map((s) => `${s.id}: ${s.expected.category} ${s.expected.code}`));
  },
};
