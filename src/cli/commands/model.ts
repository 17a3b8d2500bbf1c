// `tilsyn model list|show|validate`
import { CatalogLoadError, defaultRegistry, loadModelFile } from '../../catalog/model-registry.ts';
import { formatCatalogError } from '../../core/model/parse-catalog.ts';
import { UsageError } from '../usage-error.ts';
import { parseArguments } from '../parse-arguments.ts';
import type { CliIo } from '../cli-io.ts';
import { modelOutline } from '../format/model-outline.ts';
import { KIND_LABEL } from '../../core/labels.ts';

export async function modelCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArguments('model', argv, { json: { type: 'boolean', default: false } }, 2);
  const [sub, arg] = positionals;
  const out = (s: string) => io.stdout.write(s.endsWith('\n') ? s : `${s}\n`);

  if (sub === 'list') {
    const models = defaultRegistry().list().map((m) => ({ id: m.id, title: m.title, kind: m.kind, version: m.version }));
    if (values.json) out(JSON.stringify(models, null, 2));
    else for (const m of models) out(`${m.id.padEnd(14)} ${m.title} (${KIND_LABEL[m.kind]}, version ${m.version})`);
    return 0;
  }
  if (sub === 'show') {
    if (!arg) throw new UsageError('model show kræver et model-id, fx "tilsyn model show tilbud"');
    const model = defaultRegistry().get(arg);
    if (!model) throw new UsageError(`ukendt model "${arg}"; kendte modeller: ${defaultRegistry().list().map((m) => m.id).join(', ')}`);
    out(values.json ? JSON.stringify(model, null, 2) : modelOutline(model));
    return 0;
  }
  if (sub === 'validate') {
    if (!arg) throw new UsageError('model validate kræver en fil, fx "tilsyn model validate models/tilbud.yaml"');
    try {
      const model = loadModelFile(arg);
      out(`${arg}: gyldig (${model.id}, ${KIND_LABEL[model.kind]}, version ${model.version})`);
      return 0;
    } catch (e) {
      if (!(e instanceof CatalogLoadError)) throw e;
      for (const error of e.errors) io.stderr.write(`${formatCatalogError(error)}\n`);
      return 1;
    }
  }
  throw new UsageError(`ukendt underkommando "model ${sub ?? ''}"; brug list, show eller validate`);
}
