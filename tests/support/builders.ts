/** Loads a real builder from `content/builders/` for unit tests, through the same YAML parser and schema as the build. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { builderModel, builderSchema } from '../../src/schemas/builder';
import type { BuilderModel } from '../../src/features/builders/model';

/** The browser model of `content/builders/<kind>.yaml`. */
export function loadBuilder(kind: string): BuilderModel {
	const file = builderSchema.parse(load(readFileSync(`content/builders/${kind}.yaml`, 'utf8')));
	return builderModel(kind, file);
}
