// Text people type may carry invisible control characters pasted from other programs; PostgreSQL refuses
// NUL outright (a 500 instead of a field error). Tabs and line breaks are fine.
export const PLAIN_TEXT = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
export const PLAIN_TEXT_MESSAGE = "Remove the invisible control characters (they often come with pasted text).";
