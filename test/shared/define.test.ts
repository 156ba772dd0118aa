import { expect } from '@open-wc/testing';
import { defineOnce } from '../../src/shared/define.js';

describe('defineOnce', () => {
  it('defines a free tag', () => {
    class First extends HTMLElement {}
    defineOnce('define-once-free', First);
    expect(customElements.get('define-once-free')).to.equal(First);
  });

  it('keeps the first definition when a second copy defines the same tag', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineOnce('define-once-taken', First);
    expect(() => defineOnce('define-once-taken', Second)).not.to.throw();
    expect(customElements.get('define-once-taken')).to.equal(First);
  });
});
