// `import path from "./x.zst" with { type: "file" }` gives the embedded file's path
// (`/$bunfs/root/...` inside the binary); these tell the type checker so.
declare module "*.zst" {
  const path: string;
  export default path;
}
