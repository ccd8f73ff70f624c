// The interface language of this request: the signed-in person's choice (account page), else
// the browser's Accept-Language. Once per request (React cache), for pages and the layout.
import { headers } from "next/headers";
import { cache } from "react";
import { negotiateLocale } from "../../i18n/negotiate.ts";
import { INTL_LOCALE, isLocale, translator, type Locale, type Translate } from "../../i18n/translate.ts";
import { sessionUser, type CurrentUser } from "../auth/session-user.ts";

export interface PageText {
  /** Who is signed in (null: nobody), loaded once for the request. */
  user: CurrentUser | null;
  locale: Locale;
  t: Translate;
  /** The Intl locale for dates and numbers. */
  intl: string;
}

export const pageText = cache(async (): Promise<PageText> => {
  const user = await sessionUser();
  const locale = user ? localeOf(user) : negotiateLocale((await headers()).get("accept-language"));
  return { user, locale, t: translator(locale), intl: INTL_LOCALE[locale] };
});

/** The language of a person, for server actions (their messages) and exports. */
export function localeOf(user: { locale: string } | null): Locale {
  return user && isLocale(user.locale) ? user.locale : "en";
}
