export function outsideReferences(): string[];
