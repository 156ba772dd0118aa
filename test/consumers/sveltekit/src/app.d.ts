// The kit's tags in Svelte markup, as docs/guides/frameworks.md shows for SvelteKit.
/// <reference types="beyond-the-wall-widgets/svelte" />
export {};
