// Copy buttons of the builder and the studio.

/**
 * Copies a snippet field's text. Where the browser refuses (no permission, an
 * insecure page), focuses and selects the field for the reader's own copy.
 * True when the text was copied.
 */
export async function copyField(field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    field.focus();
    field.select();
    return false;
  }
}
