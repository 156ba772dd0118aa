import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import decorate from '../../src/shared/decorate.js';
import { property, state } from '../../src/shared/decorators.js';

describe('decorate (the build’s field-decorator helper)', () => {
  it('calls each decorator with the prototype and the name, last to first', () => {
    const proto = {};
    const calls: [string, object, PropertyKey][] = [];
    const record = (tag: string) => (target: object, name: PropertyKey) => void calls.push([tag, target, name]);
    decorate([record('outer'), record('inner')], proto, 'field');
    expect(calls).to.deep.equal([
      ['inner', proto, 'field'],
      ['outer', proto, 'field'],
    ]);
  });

  it('declares reactive properties and state as the kit’s decorators do', async () => {
    class DecorateProbe extends LitElement {
      declare label: string;
      declare open: boolean;
    }
    decorate([property()], DecorateProbe.prototype, 'label');
    decorate([state()], DecorateProbe.prototype, 'open');
    customElements.define('decorate-probe', DecorateProbe);
    const el = document.createElement('decorate-probe') as DecorateProbe;
    document.body.append(el);
    el.setAttribute('label', 'hi');
    await el.updateComplete;
    expect(el.label).to.equal('hi');
    expect(DecorateProbe.elementProperties.get('open')).to.include({ state: true, attribute: false });
    el.remove();
  });
});
