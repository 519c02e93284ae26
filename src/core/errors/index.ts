export { errorText, UserFacingError, type UserFacing } from './errorText';
