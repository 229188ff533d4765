// The analyzer's Lit support reads `static properties`, but lists private state (`state: true`) as
// attributes. State has no attribute: drop those entries, and name the watched `lang` attribute's
// field as the platform's `lang`.
export default {
  plugins: [
    {
      name: 'private-state-is-not-an-attribute',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.attributes) continue;
            declaration.attributes = declaration.attributes.filter((a) => !a.name.startsWith('_'));
            for (const attribute of declaration.attributes) if (attribute.fieldName?.startsWith('_')) delete attribute.fieldName;
          }
        }
      },
    },
  ],
};
