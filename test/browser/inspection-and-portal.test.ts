// The browser suites of the inspection work and the public portal, in one process, in this order,
// against one server and one browser. The order matters: the inspection flow assesses the demo
// inspection that the report lifecycle then completes and reports on.
import { after } from 'node:test';
import { stopShared } from './support/browser.ts';
import './suites/login.ts';
import './suites/portal.ts';
import './suites/components.ts';
import './suites/inspection-flow.ts';
import './suites/report-lifecycle.ts';
import './suites/scored-and-risk.ts';

after(stopShared);
