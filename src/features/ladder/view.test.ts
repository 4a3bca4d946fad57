import { describe, expect, it } from 'vitest';
import { loadLadder } from './load';
import { changesBetween } from './queries';
import {
	adjacentLevels,
	changeTotals,
	ladderAnchors,
	ladderLinkChecker,
	ladderPaths,
	shortLabel,
	withBase,
} from './view';

const ladder = loadLadder('tests/fixtures/fork');

describe('links under a base path', () => {
	it('prefixes a root-relative link with the base once', () => {
		expect(withBase('/playbooks/growth-plan/', '/our-ladder/')).toBe('/our-ladder/playbooks/growth-plan/');
		expect(withBase('/our-ladder/playbooks/growth-plan/', '/our-ladder/')).toBe(
			'/our-ladder/playbooks/growth-plan/',
		);
		expect(withBase('/our-ladder', '/our-ladder/')).toBe('/our-ladder');
	});

	it.each([
		{ link: '/playbooks/', base: '/' },
		{ link: '#anchor', base: '/our-ladder/' },
		{ link: '../growth-plan/', base: '/our-ladder/' },
		{ link: 'https://example.com/x', base: '/our-ladder/' },
		{ link: '//cdn.example.com/x', base: '/our-ladder/' },
	])(
		'leaves $link alone under $base: at the root, or relative, external or protocol-relative',
		({ link, base }) => {
			expect(withBase(link, base)).toBe(link);
		},
	);

	it('does not mistake a page whose name starts like the base for a prefixed link', () => {
		expect(withBase('/our-ladder-archive/', '/our-ladder/')).toBe('/our-ladder/our-ladder-archive/');
	});
});

describe('links from Markdown pages into the ladder', () => {
	it('accepts a link to a generated page and to a behavior on it, with or without the base', () => {
		const check = ladderLinkChecker(ladder, '/acme/');
		expect(check('/acme/ladder/')).toBe(true);
		expect(check('/ladder/competencies/shipping/#ship-rollback-plan')).toBe(true);
		expect(check('/acme/ladder/levels/engineer/#pairing')).toBe(true);
		expect(check('/acme/ladder/changes/associate-to-engineer/')).toBe(true);
	});

	it('rejects a page or an anchor that does not exist', () => {
		const check = ladderLinkChecker(ladder);
		expect(check('/ladder/competencies/deploying/')).toBe(false);
		expect(check('/ladder/competencies/shipping/#no-such-behavior')).toBe(false);
		// A behavior is only anchored on the level page it belongs to.
		expect(check('/ladder/levels/associate/#ship-rollback-plan')).toBe(false);
		expect(check('/ladder/changes/associate-to-principal/')).toBe(false);
		expect(check('/playbooks/growth-plan/')).toBe(false);
	});

	it('knows every generated page', () => {
		expect([...ladderAnchors(ladder).keys()]).toEqual([
			'/ladder/',
			'/ladder/levels/associate/',
			'/ladder/levels/engineer/',
			'/ladder/levels/principal/',
			'/ladder/competencies/shipping/',
			'/ladder/competencies/quality/',
			'/ladder/competencies/pairing/',
			'/ladder/competencies/hiring/',
			'/ladder/changes/',
			'/ladder/changes/associate-to-engineer/',
			'/ladder/changes/engineer-to-principal/',
			'/ladder/self-assessment/',
			'/ladder/evidence-log/',
			'/ladder/versions/',
			'/ladder/mentor/',
		]);
		expect(ladderPaths.competency('shipping', 'engineer')).toBe('/ladder/competencies/shipping/#engineer');
	});
});

describe('labels on the ladder pages', () => {
	it('shortens a behavior to its first words for a copied link', () => {
		expect(shortLabel('Writes how to roll back before each release.')).toBe(
			'Writes how to roll back before each release',
		);
		expect(
			shortLabel(
				'Writes down how the design fails (a dependency is slow, a job dies halfway, a message arrives twice) and what the system does.',
			),
		).toBe('Writes down how the design fails (a dependency is slow, a…');
	});

	it('counts what changes between two levels', () => {
		expect(changeTotals(changesBetween(ladder, 'associate', 'engineer'))).toEqual({
			added: 3,
			grown: 2,
			kept: 1,
		});
	});

	it('finds the levels before and after a level', () => {
		expect(adjacentLevels(ladder, 'engineer')).toEqual({
			previous: ladder.levels[0],
			next: ladder.levels[2],
		});
		expect(adjacentLevels(ladder, 'associate').previous).toBeUndefined();
	});
});

describe('the Trains line under a playbook title', () => {
	it("names each skill as the ladder does and links it to the competency's page", async () => {
		const { playbookFacts } = await import('../../overrides/playbook-meta');
		const names = new Map(ladder.competencies.map((c) => [c.id, c.name]));
		const words = { 'playbook.factTrains': 'Trains' } as Parameters<typeof playbookFacts>[0];
		const facts = playbookFacts(
			words,
			{ kind: 'skill-transfer', audience: 'both', timeToRun: '1 hour', skills: ['pairing', 'shipping'] },
			(id) => names.get(id) ?? id,
			(id) => withBase(ladderPaths.competency(id), '/acme/'),
		);
		expect(facts.at(-1)).toEqual({
			label: 'Trains',
			value: 'Pairing, Shipping',
			links: [
				{ text: 'Pairing', href: '/acme/ladder/competencies/pairing/' },
				{ text: 'Shipping', href: '/acme/ladder/competencies/shipping/' },
			],
		});
	});
});
