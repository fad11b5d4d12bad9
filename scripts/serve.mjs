// Serves the repository on 127.0.0.1:4173 so that demo/index.html can load the built bundle and the data.
import { startStaticServer } from './static-server.mjs';

const server = await startStaticServer(new URL('..', import.meta.url).pathname, { port: Number(process.env.PORT) || 4173 });
console.log(`demo: ${server.url}/demo/index.html (Ctrl+C to stop)`);
