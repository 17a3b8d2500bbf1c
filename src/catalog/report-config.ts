// Reads config/report.json: the report checks' policy (deficiency wording, model-wording overlap).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReportConfig, type ReportConfig } from '../core/report/report-config.ts';

const CONFIG_FILE = fileURLToPath(new URL('../../config/report.json', import.meta.url));

export function loadReportConfig(file: string = CONFIG_FILE): ReportConfig {
  return parseReportConfig(JSON.parse(readFileSync(file, 'utf8')));
}
