import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
// @ts-expect-error -- a plain-JS local ESLint rule, no type declarations
import { noLiteralJsxText } from '../../eslint-rules/no-literal-jsx-text.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: {
    ecmaVersion: 2022,
    sourceType: 'module',
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});

tester.run('no-literal-jsx-text', noLiteralJsxText, {
  valid: [
    'const a = <Text>{t("ui.appName")}</Text>;',
    'const a = <Button aria-label={t("ui.common.close")}>×</Button>;',
    'const a = <Text>{count} €</Text>;',
    'const a = <Text> – </Text>;',
    'const a = <Text>12:30</Text>;',
    'const a = <TextInput label={t("x")} placeholder={t("y")} />;',
    // Attributes that are not read by the user may hold any literal.
    'const a = <Box component="section" variant="filled" data-testid="list" />;',
    { code: 'const a = <Title>Talkoot</Title>;', options: [{ allow: ['Talkoot'] }] },
  ],
  invalid: [
    { code: 'const a = <Text>Tallenna</Text>;', errors: [{ messageId: 'text' }] },
    {
      code: 'const a = <Text>Ålands {n} ö</Text>;',
      errors: [{ messageId: 'text' }, { messageId: 'text' }],
    },
    { code: 'const a = <TextInput label="Nimi" />;', errors: [{ messageId: 'attribute' }] },
    { code: 'const a = <Button title={"Close"} />;', errors: [{ messageId: 'attribute' }] },
    { code: 'const a = <Input placeholder={`Search`} />;', errors: [{ messageId: 'attribute' }] },
    { code: 'const a = <ActionIcon aria-label="Poista" />;', errors: [{ messageId: 'attribute' }] },
    { code: 'const a = <Switch description="Help text" />;', errors: [{ messageId: 'attribute' }] },
    { code: 'const a = <img alt="Logo" />;', errors: [{ messageId: 'attribute' }] },
    { code: 'const a = <Title>Talkoot</Title>;', errors: [{ messageId: 'text' }] },
  ],
});
