// A card's risk ratings, apart from the content schema so the browser can list them (hub counts, filters) without loading zod.
export const RISK_RATINGS = ['High', 'Medium', 'Low', 'Unknown'] as const;
