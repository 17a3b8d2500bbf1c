// `tilsyn standards overview [--json] [--region ID] [--at YYYY-MM-DD]`: every institution of the
// regions' model with each standard's step and when the next self- and external evaluation are due,
// as the operator on the server. The JSON is a contract (README). Exit 0; 2 for unusable arguments.
import { COMMAND_LINE_OPERATOR } from '../../services/actor.ts';
import { ServiceError } from '../../services/service-error.ts';
import { getStandardsOverview } from '../../services/standards/get-standards-overview.ts';
import { formatDanishDate } from '../../core/calendar.ts';
import type { CliIo } from '../cli-io.ts';
import { parseArguments } from '../parse-arguments.ts';
import { UsageError } from '../usage-error.ts';
import { withServices } from '../with-services.ts';

const OVERDUE_WORDS = { self_evaluation: 'selvevaluering', external_evaluation: 'ekstern evaluering' } as const;

export async function standardsCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArguments('standards', argv, { json: { type: 'boolean', default: false }, region: { type: 'string' }, at: { type: 'string' } }, 1);
  if (positionals[0] !== 'overview') throw new UsageError('brug "tilsyn standards overview"; se "tilsyn standards --help"');
  return withServices(io, async (services) => {
    let overview;
    try {
      overview = await getStandardsOverview(services, COMMAND_LINE_OPERATOR, { regionId: values.region, at: values.at });
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'invalid') throw new UsageError(e.fields.map((f) => `--${f.field === 'regionId' ? 'region' : f.field}: ${f.message}`).join('; '));
      throw e;
    }
    if (values.json) {
      io.stdout.write(`${JSON.stringify(overview, null, 2)}\n`);
      return 0;
    }
    for (const { institution, standards } of overview) {
      io.stdout.write(`${institution.name} (${institution.region})\n`);
      for (const s of standards) {
        const due = (d: string | null) => (d === null ? '–' : formatDanishDate(d));
        const overdue = s.overdue.length > 0 ? `  OVERSKREDET: ${s.overdue.map((o) => OVERDUE_WORDS[o]).join(', ')}` : '';
        io.stdout.write(`  ${s.id}: trin ${s.step}; næste selvevaluering ${due(s.nextSelfEvaluationDue)}; næste eksterne evaluering ${due(s.nextExternalEvaluationDue)}${overdue}\n`);
      }
    }
    if (overview.length === 0) io.stdout.write('Ingen institutioner.\n');
    return 0;
  });
}
