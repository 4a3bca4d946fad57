// The validated ladder, served by the ladder integration (src/features/ladder/integration.ts).
declare module 'virtual:threshold/ladder' {
	// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient module cannot use import statements
	type Ladder = import('./types').Ladder;
	const ladder: Ladder;
	export default ladder;
}

// Every place the pages name ladder ids (`findLadderRefs`), read with the ladder: for <FrameworkMap>.
declare module 'virtual:threshold/ladder-refs' {
	// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient module cannot use import statements
	type LadderRef = import('./spine').LadderRef;
	const refs: LadderRef[];
	export default refs;
}
