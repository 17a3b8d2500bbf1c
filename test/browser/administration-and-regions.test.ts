// The other browser suites — user administration, analytics, the regions' model, the daily work and
// the identity-provider login — in a second process with its own server and browser, so that each
// half stays well inside the per-group time limit on a two-core CI machine.
import { after } from 'node:test';
import { stopShared } from './support/browser.ts';
import './suites/users.ts';
import './suites/analytics.ts';
import './suites/standards.ts';
import './suites/daily-work.ts';
import './suites/consistency.ts';
import './suites/every-page.ts';
import './suites/oidc-login.ts';

after(stopShared);
