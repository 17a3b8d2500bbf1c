// Validation messages in Danish: zod's Danish locale for every message a schema does not word
// itself (catalog files, the engine's shape check, service options). Imported by the modules that
// validate, so it holds wherever they run.
import { z } from 'zod';

z.config(z.locales.da());
