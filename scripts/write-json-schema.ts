// Regenerates schema/minutes.schema.json from the zod schema, the single source of truth.
import { writeFileAtomic } from '../src/io/atomic-write.ts';
import { minutesJsonSchema } from '../src/domain/minutes-schema.ts';

const target = new URL('../schema/minutes.schema.json', import.meta.url);
await writeFileAtomic(target.pathname, JSON.stringify(minutesJsonSchema(), null, 2) + '\n');
console.error(`wrote ${target.pathname}`);
