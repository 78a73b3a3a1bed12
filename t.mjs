import { PGlite } from '@electric-sql/pglite';
let t=Date.now(); const p=new PGlite(); await p.waitReady; console.log('mem1', Date.now()-t);
t=Date.now(); const p2=new PGlite(); await p2.waitReady; console.log('mem2', Date.now()-t);
t=Date.now(); const p3=new PGlite('/tmp/cdata/pglite'); await p3.waitReady; console.log('disk', Date.now()-t);
t=Date.now(); const dump = await p2.dumpDataDir('none'); console.log('dump', Date.now()-t, dump.size);
t=Date.now(); const p4=new PGlite({loadDataDir: dump}); await p4.waitReady; console.log('load', Date.now()-t);
