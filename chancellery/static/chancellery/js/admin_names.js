'use strict';
// Names for what the admin's scripts build without one (axe-core: aria-input-field-name,
// aria-prohibited-attr; issue 16, finding 10). The form fields themselves are named on the
// server (chancellery/form_rendering.py); this covers the widgets made in the browser:
// - an autocomplete (select2) reads as a combobox named by its field's label and its value;
// - the filter icon of a two-box selector (filter_horizontal) is an image with its text.
{
    function labelOf(select) {
        const label = select.id && document.querySelector('label[for="' + select.id + '"]');
        if (label) {
            if (!label.id) {
                label.id = select.id + '_label';
            }
            return {id: label.id};
        }
        return {text: select.getAttribute('aria-label') || ''};
    }

    function nameAutocomplete(select) {
        const container = select.nextElementSibling;
        if (!container || !container.classList.contains('select2')) {
            return;
        }
        const name = labelOf(select);
        const combobox = container.querySelector('.select2-selection');
        const rendered = container.querySelector('.select2-selection__rendered');
        const search = container.querySelector('.select2-search__field');
        [combobox, rendered, search].forEach((element) => {
            if (!element) {
                return;
            }
            if (name.id) {
                const value = element === combobox && rendered && rendered.id ? ' ' + rendered.id : '';
                element.setAttribute('aria-labelledby', name.id + value);
            } else if (name.text) {
                element.removeAttribute('aria-labelledby');
                element.setAttribute('aria-label', name.text);
            }
        });
    }

    function nameFilterIcons(root) {
        root.querySelectorAll('.search-label-icon[aria-label]').forEach((icon) => {
            icon.setAttribute('role', 'img');
        });
    }

    // select2 builds its widget right after the select (when the document is ready, and in a
    // row added to an inline): named as soon as it is there.
    new MutationObserver((mutations) => {
        mutations.forEach((mutation) => mutation.addedNodes.forEach((node) => {
            if (node.classList && node.classList.contains('select2') && node.previousElementSibling) {
                nameAutocomplete(node.previousElementSibling);
            }
        }));
    }).observe(document.documentElement, {childList: true, subtree: true});

    // Registered once the page's scripts have run, so that it runs after the admin's own handler
    // (the two-box selectors are built on load).
    document.addEventListener('DOMContentLoaded', () => {
        window.addEventListener('load', () => nameFilterIcons(document));
    });
}
