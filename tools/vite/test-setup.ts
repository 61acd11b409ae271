import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// findBy… and waitFor wait up to 5 s (not 1 s): suites run in parallel and a busy machine is slow.
configure({ asyncUtilTimeout: 5000 });
