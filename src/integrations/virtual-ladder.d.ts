// The validated ladder, served by the ladder integration (src/integrations/ladder.ts).
declare module 'virtual:threshold/ladder' {
	// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient module cannot use import statements
	type Ladder = import('../lib/ladder').Ladder;
	const ladder: Ladder;
	export default ladder;
}
