"use client";
// Interface text in client components: the locale comes from the layout.
import { createContext, useContext, useMemo } from "react";
import { INTL_LOCALE, translator, type Locale, type Translate } from "@/i18n/translate";

const LocaleContext = createContext<Locale>("en");

export function LocaleProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** The interface language. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The Intl locale for dates and numbers in the interface language. */
export function useIntlLocale(): string {
  return INTL_LOCALE[useContext(LocaleContext)];
}

export function useT(): Translate {
  const locale = useContext(LocaleContext);
  return useMemo(() => translator(locale), [locale]);
}
