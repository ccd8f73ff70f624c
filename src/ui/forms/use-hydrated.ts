"use client";
// Whether the page's JavaScript is running: buttons that only work with it stay disabled until
// then, so an early click is not silently lost.
import { useEffect, useState } from "react";

export function useHydrated(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return ready;
}
