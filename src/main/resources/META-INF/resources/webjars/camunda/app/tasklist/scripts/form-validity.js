// Camunda Forms 1.8 (the version Tasklist 7.24 bundles) leaves an empty error entry behind whenever it validates a
// field of a dynamic list (when the form opens, when a field is left or changed; form-js issue 1494, fixed in form-js
// 1.21.3). Tasklist counts that entry as an error and disables 办结 until 保存 validates the whole form again. This
// module corrects what Tasklist is told: once the form has drawn itself, it is invalid only if it shows an error.
// Completing still validates the whole form first (Tasklist), and the server checks every value (the engine guard).
// Loaded through customScripts (scripts/config.js), before Tasklist starts.
const angular = window.angular;

angular.module('cam.tasklist').config(['$provide', ($provide) => {
  $provide.decorator('camTasklistFormCamundaDirective', ['$delegate', ($delegate) => {
    const directive = $delegate[0];
    const link = directive.link;
    directive.compile = () => function (scope, element, attrs, formController) {
      const corrected = Object.create(formController);
      let pending;
      corrected.notifyFormValidated = (invalid) => {
        clearTimeout(pending);
        if (!invalid) {
          formController.notifyFormValidated(false);
          return;
        }
        pending = setTimeout(() => formController.notifyFormValidated(
          element[0].querySelector('.fjs-form-field-error') !== null), 0);
      };
      // A form that cannot be shown stays impossible to complete.
      corrected.notifyFormInitializationFailed = (error) => {
        clearTimeout(pending);
        formController.notifyFormInitializationFailed(error);
      };
      return link.call(this, scope, element, attrs, corrected);
    };
    return $delegate;
  }]);
}]);

