/**
 * Prints every collection with its indexes (core/store/schema.ts) as a Markdown table: what to
 * create in the CloudBase console (数据库 → 集合 → 索引管理). The README embeds this output.
 */
import { COLLECTIONS, indexFields, type CollectionSpec } from '../core/store/schema';

console.log('| collection | purpose | indexes (field order; unique marked) |');
console.log('|---|---|---|');
for (const [name, spec] of Object.entries(COLLECTIONS as Record<string, CollectionSpec>)) {
  const indexes = spec.indexes
    .map(
      (ix) =>
        `${ix.unique ? '**unique** ' : ''}${indexFields(ix)
          .map(([f, d]) => `${f} ${d}`)
          .join(', ')}`,
    )
    .join('; ');
  console.log(`| \`${name}\` | ${spec.description} | ${indexes} |`);
}
