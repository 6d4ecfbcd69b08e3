// Building blocks of the knowledge files' schemas. Every object schema allows extra fields (notes,
// `_doc`, fields a newer loader reads): a schema says what a loader needs, not all a file may hold.
import { type TSchema, Type } from '@sinclair/typebox';

export const Str = Type.String();
export const NonEmpty = Type.String({ minLength: 1 });
export const Strings = Type.Array(Type.String());
export const Words = Type.Array(NonEmpty);
export const Int = Type.Integer();
export const Code = Type.String({ pattern: '^\\d{2,4}$' });
export const Opt = <T extends TSchema>(t: T) => Type.Optional(t);
export const OrNull = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
/** `{ "_comment"/"$comment": …, words: [...] }`: a commented word list. */
export const CommentedWords = Type.Object({ words: Words });
