/**
 * Loads a builder from `tests/fixtures/builders/` for unit tests, through the same YAML
 * parser and schema as the build. The fixtures are copies of the builders the site first
 * shipped, so a fork that rewrites or removes its own builders still passes these tests;
 * `tests/content/builders.test.ts` checks whatever builders `content/builders/` holds.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { builderModel, builderSchema } from '../../src/schemas/builder';
import type { BuilderModel } from '../../src/features/builders/model';

/** The browser model of a builder file, `<dir>/<kind>.yaml` (the test fixtures unless told). */
export function loadBuilder(kind: string, dir = 'tests/fixtures/builders'): BuilderModel {
	const file = builderSchema.parse(load(readFileSync(`${dir}/${kind}.yaml`, 'utf8')));
	return builderModel(kind, file);
}
