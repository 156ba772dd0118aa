// What a reader gets when they paste: a fresh text area on the test page,
// focused, then Ctrl+V through the browser's own keyboard input.
import { sendKeys } from '@web/test-runner-commands';

export async function pasteFromClipboard(): Promise<string> {
  const area = document.createElement('textarea');
  document.body.append(area);
  area.focus();
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'v' });
  await sendKeys({ up: 'Control' });
  area.remove();
  return area.value;
}
