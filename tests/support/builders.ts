/** Loads a real builder from `content/builders/` for unit tests, through the same schema as the build. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { builderModel, builderSchema } from '../../src/schemas/builder';
import type { BuilderModel } from '../../src/lib/builders/model';

/** The browser model of `content/builders/<kind>.yaml`. */
export function loadBuilder(kind: string): BuilderModel {
	const file = builderSchema.parse(parse(readFileSync(`content/builders/${kind}.yaml`, 'utf8')));
	return builderModel(kind, file);
}
