import fs from 'node:fs';
import { renderVersionDocument } from '@/lib/pdf/render-version-document';
import { maximalContent, maximalVersion, minimalVersion } from '@/lib/pdf/test-support/maximal-version';
const which = process.argv[2];
let v = minimalVersion();
if (which !== 'min') {
  const c = maximalContent();
  if (which === 'noeval') c.evaluation_details = [];
  if (which === 'line') c.evaluation_details = c.evaluation_details!.map(j => ({...j, metric_groups: [{name: 'x', metric_data: j.metric_groups![1].metric_data.filter(m => m.type === 'linear_graph')}]}));
  if (which === 'bar') c.evaluation_details = c.evaluation_details!.map(j => ({...j, metric_groups: [{name: 'x', metric_data: j.metric_groups![1].metric_data.filter(m => m.type === 'bar_chart')}]}));
  if (which === 'matrix') c.evaluation_details = c.evaluation_details!.map(j => ({...j, metric_groups: [{name: 'x', metric_data: j.metric_groups![1].metric_data.filter(m => m.type === 'matrix')}]}));
  if (which === 'simple') c.evaluation_details = c.evaluation_details!.map(j => ({...j, metric_groups: [j.metric_groups![0]]}));
  v = maximalVersion({ content: c, status: process.argv[3] as never ?? 'Approved' });
}
const t = Date.now();
const a = await renderVersionDocument(v);
console.log(which, 'ms', Date.now() - t, a.bytes.length);
fs.writeFileSync(`/tmp/pdf-${which}.pdf`, a.bytes);
