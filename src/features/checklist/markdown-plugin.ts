/**
 * The checklist transform (`items.ts`) run on the Markdown tree while a page compiles, as a
 * Sätteri hast plugin: each `<Checklist id="…">` in MDX gets its labelled checkboxes there,
 * and an `items` attribute listing them, so the component renders its slot as it is instead
 * of parsing the rendered HTML again. A `<Checklist>` the plugin cannot see (an expression
 * for its id, or one used from an `.astro` file) is still transformed by the component.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { HastPluginDefinition, MdxJsxFlowElementHast } from 'satteri';
import { ChecklistError, transformChecklistTree } from './items';

/** What the component needs of each item: its id, and its text for the messages about clashes. */
export type PluginItems = { id: string; text: string }[];

/** A hast plugin that transforms every `<Checklist>`; `trainMarker` is the site's "Train it:". */
export function checklistHastPlugin(trainMarker: string, root = process.cwd()): HastPluginDefinition {
	return {
		name: 'threshold-checklist',
		mdxJsxFlowElement: {
			filter: ['Checklist'],
			visit(node, ctx) {
				const id = node.attributes.find(
					(attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id',
				)?.value;
				if (typeof id !== 'string') return;
				const tree: Root = { type: 'root', children: node.children.map(copy) as RootContent[] };
				let items: PluginItems;
				try {
					items = transformChecklistTree(tree, id, trainMarker).items.map(({ id, text }) => ({ id, text }));
				} catch (error) {
					if (!(error instanceof ChecklistError)) throw error;
					const file = ctx.fileURL ? relative(root, fileURLToPath(ctx.fileURL)) : 'a page';
					// Without the stack: the message names the file, the checklist and the fix.
					throw new Error(`${file}: ${error.message}`, { cause: error });
				}
				return {
					...copyShallow(node),
					attributes: [
						...node.attributes,
						{ type: 'mdxJsxAttribute', name: 'items', value: JSON.stringify(items) },
					],
					children: tree.children,
				} as MdxJsxFlowElementHast;
			},
		},
	};
}

type AnyNode = { type: string; children?: readonly unknown[]; [key: string]: unknown };

/** The node's own fields, without its children. */
function copyShallow(node: object): AnyNode {
	const { children: _children, ...rest } = node as AnyNode;
	return { ...rest } as AnyNode;
}

/**
 * A plain, writable copy of a node the plugin was handed (those are frozen and read lazily),
 * for the transform to change in place.
 */
function copy(node: unknown): ElementContent {
	const source = node as AnyNode;
	const out = copyShallow(source);
	if (source.type === 'element') out['properties'] = { ...(source as unknown as Element).properties };
	if (Array.isArray(source['attributes'])) out['attributes'] = [...(source['attributes'] as unknown[])];
	if (source.children) out.children = source.children.map(copy);
	return out as unknown as ElementContent;
}
