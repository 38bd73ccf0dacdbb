import { createContext, useContext } from "react";

/** Says a change that moves no focus (a question moved, options copied) to screen readers, through the builder's one status line. */
export const AnnounceContext = createContext<(message: string) => void>(() => {});

export const useAnnounce = () => useContext(AnnounceContext);
