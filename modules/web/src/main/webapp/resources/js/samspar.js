/*
 * A refused form's error summary (the form-messages include) takes the focus, after a page load and after every
 * AJAX update that shows one, so its messages are read and never out of view. Its links move the focus to their field.
 */
(function () {
    function focusSummary() {
        var summary = document.querySelector('.error-summary:not([data-focused])');
        if (summary) {
            summary.setAttribute('data-focused', 'true');
            summary.focus();
        }
    }
    document.addEventListener('DOMContentLoaded', focusSummary);
    document.addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('.error-summary a[href^="#"]');
        var field = link && document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
        if (field) {
            event.preventDefault();
            field.scrollIntoView({block: 'center'});
            field.focus();
        }
    });
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', focusSummary);
    }
})();
