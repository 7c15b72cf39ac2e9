// A ValidationError from the domain, said in the reader's language: cleanText's rules (empty, too
// long, not text) name the field the page asked about; any other refusal keeps its own words.
import { ValidationError } from '../../shared/model/limits';
import { t } from './t';

export function explain(err: ValidationError, field: string): string {
  switch (err.rule?.kind) {
    case 'empty':
      return t('validation.empty', { field });
    case 'notText':
      return t('validation.notText', { field });
    case 'tooLong':
      return t('validation.tooLong', { field, length: err.rule.length, max: err.rule.max });
    default:
      return err.message;
  }
}

export { ValidationError };
