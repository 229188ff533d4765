// The block's editor: plain JavaScript on the wp.* globals, so the plugin needs no build step.
// The post stores only the attributes; the server renders (and escapes) the element.
(function (wp) {
  const el = wp.element.createElement;
  const __ = wp.i18n.__;
  const InspectorControls = wp.blockEditor.InspectorControls;
  const useBlockProps = wp.blockEditor.useBlockProps;
  const PanelBody = wp.components.PanelBody;
  const SelectControl = wp.components.SelectControl;
  const TextControl = wp.components.TextControl;
  const ServerSideRender = wp.serverSideRender;

  const NATIONS = [
    {label: __('England (PALS)', 'coordinator-check'), value: 'england'},
    {label: __('Scotland (PASS)', 'coordinator-check'), value: 'scotland'},
    {label: __('Wales (Llais)', 'coordinator-check'), value: 'wales'},
    {label: __('Northern Ireland (Patient and Client Council)', 'coordinator-check'), value: 'northern-ireland'},
  ];
  const LEVELS = [1, 2, 3, 4, 5, 6].map(function (n) {
    return {label: 'H' + n, value: String(n)};
  });

  wp.blocks.registerBlockType('coordinator-check/check', {
    edit: function (props) {
      const a = props.attributes;
      const set = function (key) {
        return function (value) {
          const change = {};
          change[key] = key === 'headingLevel' ? Number(value) : value;
          props.setAttributes(change);
        };
      };
      const text = function (key, label, help, type) {
        return el(TextControl, {label: label, help: help, type: type || 'text', value: a[key], onChange: set(key)});
      };
      return el(
        'div',
        useBlockProps(),
        el(
          InspectorControls,
          null,
          el(
            PanelBody,
            {title: __('The check', 'coordinator-check')},
            el(SelectControl, {label: __('Nation', 'coordinator-check'), value: a.region, options: NATIONS, onChange: set('region')}),
            text(
              'roleName',
              __('Role name', 'coordinator-check'),
              __('What your service calls them, e.g. key worker. Empty: care co-ordinator.', 'coordinator-check'),
            ),
            el(SelectControl, {
              label: __('Heading level', 'coordinator-check'),
              help: __('To fit the outline of your post.', 'coordinator-check'),
              value: String(a.headingLevel),
              options: LEVELS,
              onChange: set('headingLevel'),
            }),
          ),
          el(
            PanelBody,
            {title: __('Your own advice service (optional)', 'coordinator-check'), initialOpen: false},
            text('contactName', __('Name', 'coordinator-check')),
            text('contactPhone', __('Phone', 'coordinator-check'), null, 'tel'),
            text('contactEmail', __('Email', 'coordinator-check'), null, 'email'),
            text('contactUrl', __('Web page (https://…)', 'coordinator-check'), null, 'url'),
          ),
        ),
        el(ServerSideRender, {block: 'coordinator-check/check', attributes: a}),
      );
    },
    // Dynamic block: the server renders it, so nothing but the attributes is saved in the post.
    save: function () {
      return null;
    },
  });
})(window.wp);
