// Measures diffContent, the field-level diff behind the history, the review screen and the PDF, on 1 KB, 10 KB and 100 KB documents: a few realistic edits (numbers, a chart, a removed metric, reordered lists) and two unrelated documents of the same size.
// Run: npm run bench:diff
import { diffContent } from '../lib/model-cards/diff-content';
import { makeLargeContent } from '../lib/model-cards/test-support/large-content';
import type { TModelCardContent } from '../lib/schemas/model-card-content';
import { formatMs, measure } from './support/stats';
import { formatMarkdownTable, formatTable } from '../scripts/support/table';

const SIZES = [1_000, 10_000, 100_000];
const RUNS = 200;
const WARM_UP = 20;

/** A review-sized revision: some metric values, one chart, one removed metric, one reordered list, a caveat reworded. */
function revise(content: TModelCardContent): TModelCardContent {
  const after = structuredClone(content);
  for (const job of after.evaluation_details ?? []) {
    for (const group of job.metric_groups ?? []) {
      for (const metric of group.metric_data) {
        if (metric.type === 'number') metric.value += 0.01;
        if (metric.type === 'matrix') metric.value = metric.value.map((row) => row.map((cell) => cell + 1));
      }
      if (group.metric_data.length > 2) group.metric_data.splice(1, 1);
      group.metric_data.reverse();
    }
  }
  if (after.additional_information) after.additional_information.caveats_and_recommendations = 'Reworded for the review.';
  return after;
}

async function main() {
  const rows: string[][] = [];
  for (const size of SIZES) {
    const before = makeLargeContent(size, 7);
    const cases: [string, TModelCardContent][] = [
      ['revision', revise(before)],
      ['unrelated document', makeLargeContent(size, 8)],
    ];
    for (const [label, after] of cases) {
      let changes = 0;
      const latencies = await measure(
        async () => {
          changes = diffContent(before, after).changes.length;
        },
        { runs: RUNS, warmUp: WARM_UP },
      );
      // The generator's smallest valid document is about 2 KB, so the 1 KB target reads its real size.
      rows.push([
        `${size / 1000} KB`,
        `${(JSON.stringify(before).length / 1000).toFixed(1)} KB`,
        label,
        String(changes),
        formatMs(latencies.p50),
        formatMs(latencies.p95),
        formatMs(latencies.mean),
      ]);
    }
  }
  const table = { header: ['target', 'actual size', 'compared with', 'changes', 'p50 ms', 'p95 ms', 'mean ms'], rows, labelColumns: 3 };
  console.log(`diffContent, ${RUNS} runs per case after ${WARM_UP} warm-up runs (Node ${process.version})\n`);
  console.log(formatTable(table));
  console.log(`\nMarkdown:\n\n${formatMarkdownTable(table)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
