/** Worked example queries GraphiQL opens with, one tab each (over the seeds: 绵阳 2023, 自贡 2024). */
export const EXAMPLES: { title: string; query: string }[] = [
  {
    title: 'Who does 绵阳市 work with, and who says so?',
    query: `# Partners of a city, strongest first, with the sentences behind each
query Partners {
  cooperation(place: "绵阳市", first: 10) {
    partner { name ... on Place { code level } }
    strength
    via
    support { via through { name } evidence { text document { title year } } }
  }
}`,
  },
  {
    title: 'Projects within 绵阳市 (its counties too)',
    query: `query ProjectsWithin {
  place(name: "绵阳市") {
    name
    projectCount
    projects(includeSubPlaces: true, first: 20) {
      project { name kind stages sectors { sector { name } } }
      place { name level }
      relation
      evidence { text }
    }
  }
}`,
  },
  {
    title: 'A chain of facts joining 自贡市 and 绵阳市',
    query: `query Path {
  shortestPath(from: "自贡市", to: "绵阳市", maxHops: 6) {
    length
    nodes { __typename name }
    edges { type from { name } to { name } source evidence { text } }
  }
}`,
  },
  {
    title: 'Search names and short forms (江油 → 江油市)',
    query: `query Search {
  search(text: "江油", first: 5) { score entity { __typename id name aliases } }
}`,
  },
  {
    title: 'Railways and highways, paged, with where they run',
    query: `query Lines($after: String) {
  projects(where: { kind: "railway" }, orderBy: { field: PLACE_COUNT, direction: DESC }, first: 10, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { name connects { place { name } } locatedIn { place { name } } }
  }
}`,
  },
  {
    title: 'Cooperation network in 四川省 (cities), for a map',
    query: `query Network {
  cooperationNetwork(within: "四川省", level: city, minStrength: 1) {
    nodes { code name }
    edges { a { name } b { name } strength via }
  }
}`,
  },
  {
    title: 'What joins two cities',
    query: `query Between {
  between(a: "绵阳市", b: "遂宁市") {
    strength
    projects { name kind }
    programs { name }
    sectors { name }
    stated { text }
  }
}`,
  },
  {
    title: 'Two steps around a place',
    query: `query Around {
  neighbors(id: "江油市", depth: 2, first: 30) {
    truncated
    nodes { __typename id name }
    edges { type from { name } to { name } }
  }
}`,
  },
];
