export { Alert, type AlertProps } from "./alert";
export { Button, type ButtonProps } from "./button";
export { FormField, type FormFieldProps, type FieldControlProps } from "./form-field";
export { LanguageSwitch, type LanguageOption, type LanguageSwitchProps } from "./language-switch";
export { SkipLink, type SkipLinkProps } from "./skip-link";
export { useDocumentTitle } from "./use-document-title";
