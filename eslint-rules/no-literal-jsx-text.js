/**
 * Local ESLint rule: no user-facing text written straight into JSX. Every
 * word the user reads comes from the message catalogue (src/core/i18n) via
 * `t(…)`, so it exists in fi, sv and en. Reports JSX text containing a letter
 * and string literals in the attributes that carry text for the user.
 * Symbols such as "€" or "–" contain no letter and pass; `allow` lists any
 * other literal that is the same in every language.
 */

/** Attributes whose value the user reads (or a screen reader says). */
const TEXT_ATTRIBUTES = new Set([
  'label',
  'title',
  'placeholder',
  'aria-label',
  'description',
  'alt',
]);

const LETTER = /\p{L}/u;

/** @type {import('eslint').Rule.RuleModule} */
export const noLiteralJsxText = {
  meta: {
    type: 'problem',
    docs: { description: 'User-facing JSX text must come from the message catalogue (t).' },
    schema: [
      {
        type: 'object',
        properties: { allow: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      text: 'Untranslated JSX text "{{text}}": put it in src/core/i18n/messages and use t().',
      attribute: 'Untranslated {{name}}="{{text}}": put it in src/core/i18n/messages and use t().',
    },
  },
  create(context) {
    const allow = new Set(context.options[0]?.allow ?? []);
    const needsTranslation = (text) => {
      const trimmed = text.trim();
      return trimmed !== '' && LETTER.test(trimmed) && !allow.has(trimmed);
    };
    const report = (node, messageId, text, name) =>
      context.report({
        node,
        messageId,
        data: { text: text.trim().slice(0, 40), name },
      });
    return {
      JSXText(node) {
        if (needsTranslation(node.value)) report(node, 'text', node.value);
      },
      JSXAttribute(node) {
        const name =
          node.name.type === 'JSXNamespacedName'
            ? `${node.name.namespace.name}:${node.name.name.name}`
            : node.name.name;
        if (!TEXT_ATTRIBUTES.has(name) || !node.value) return;
        const value = node.value;
        if (value.type === 'Literal' && typeof value.value === 'string') {
          if (needsTranslation(value.value)) report(value, 'attribute', value.value, name);
        } else if (value.type === 'JSXExpressionContainer') {
          const e = value.expression;
          if (e.type === 'Literal' && typeof e.value === 'string' && needsTranslation(e.value))
            report(e, 'attribute', e.value, name);
          if (e.type === 'TemplateLiteral' && e.expressions.length === 0) {
            const raw = e.quasis.map((q) => q.value.cooked ?? '').join('');
            if (needsTranslation(raw)) report(e, 'attribute', raw, name);
          }
        }
      },
    };
  },
};

/** The plugin wired in eslint.config.js as `talkoot/…`. */
export const talkootPlugin = { rules: { 'no-literal-jsx-text': noLiteralJsxText } };
