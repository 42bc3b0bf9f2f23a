import { failOnConsole } from './failOnConsole.js';

failOnConsole();
