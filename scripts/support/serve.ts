/**
 * A small static server for a built site, for the bench and the audit: serves `dist` on a
 * free local port, gzip-compressing text the way a production host would.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

/** A running server and the origin it answers on. */
export interface Served {
	server: Server;
	origin: string;
	/** Stops the server. */
	close: () => Promise<void>;
}

/** Serves `dist` on 127.0.0.1 at a free port. */
export async function serve(dist: string): Promise<Served> {
	const root = resolve(dist);
	const cache = new Map<string, Buffer>();
	const server = createServer((request, response) => {
		let path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		if (path.endsWith('/')) path += 'index.html';
		let file = join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(root) || !existsSync(file)) {
			response.writeHead(404, { 'content-type': types['.html'] ?? '' });
			response.end(existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : 'Not found');
			return;
		}
		const ext = extname(file);
		const headers: Record<string, string> = { 'content-type': types[ext] ?? 'application/octet-stream' };
		let body: Buffer = readFileSync(file);
		if (compressible.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			let packed = cache.get(file);
			if (!packed) cache.set(file, (packed = gzipSync(body, { level: 9 })));
			body = packed;
			headers['content-encoding'] = 'gzip';
		}
		// Hashed assets never change; pages are revalidated. As a static host would set it.
		headers['cache-control'] = path.startsWith('/_astro/')
			? 'public, max-age=31536000, immutable'
			: 'no-cache';
		response.writeHead(200, headers);
		response.end(body);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		server,
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((done) => server.close(() => done())),
	};
}
