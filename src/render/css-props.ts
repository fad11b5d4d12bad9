import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS properties on an element through the CSSOM (`style.setProperty`), on the first render
 * as on every later one, and never writes a `style` attribute: a strict `style-src` Content
 * Security Policy blocks style attributes, but not CSSOM writes. (Lit's `styleMap` writes the
 * attribute on first render.) Keys are CSS property names in kebab case, custom properties too.
 */
class CssPropsDirective extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('annotated-timeline: cssProps belongs in a style attribute binding');
    }
  }

  render(_properties: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#previous) {
      if (!(name in properties)) style.removeProperty(name);
    }
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.#previous = new Set(Object.keys(properties));
    return noChange;
  }
}

/** Binds CSS properties to an element without a style attribute; see `CssPropsDirective`. */
export const cssProps = directive(CssPropsDirective);
