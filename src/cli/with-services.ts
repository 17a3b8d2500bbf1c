// Opens the database, runs a command, closes it; a refusal from a service is exit 1 with its
// reasons, one per line (a field's name translated where the command has its own names).
import { ServiceError } from '../services/service-error.ts';
import type { ServiceContext } from '../services/context.ts';
import type { CliIo } from './cli-io.ts';

export type RefusalFormat = { fieldNames?: Record<string, string>; /** Say the refusal's own message before its fields. */ summary?: boolean };

export async function withServices(io: CliIo, run: (services: ServiceContext) => Promise<number>, format: RefusalFormat = {}): Promise<number> {
  const { services, close } = await io.openServices();
  try {
    return await run(services);
  } catch (e) {
    if (!(e instanceof ServiceError)) throw e;
    const fields = e.fields.map((f) => `${format.fieldNames?.[f.field] ?? f.field}: ${f.message}`);
    const reasons = fields.length === 0 ? [e.message] : format.summary ? [e.message, ...fields] : fields;
    for (const reason of reasons) io.stderr.write(`tilsyn: ${reason}\n`);
    return 1;
  } finally {
    await close();
  }
}
