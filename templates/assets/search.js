/*
 * Standfirst's search page. It loads the index parts that a query needs (see docs/search.md) as
 * script files, which also works from file://, and keeps the query, filters, sort and page in the URL.
 * Nothing from the index or the URL is ever inserted as HTML: text goes in as text, and the only
 * elements made around it are the <mark>s this script builds itself.
 */
(function () {
  "use strict";

  var loaded = {};
  var waiting = {};
  window.StandfirstSearch = {
    part: function (name, data) {
      loaded[name] = data;
      (waiting[name] || []).forEach(function (done) { done(data); });
      delete waiting[name];
    }
  };

  var root = document.querySelector("[data-search]");
  if (!root) return;
  var partsBase = root.getAttribute("data-index").replace(/meta\.js$/, "");
  var home = root.getAttribute("data-home").replace(/index\.html$/, "");
  var PAGE_SIZE = 10;
  var FACET_LABELS = { region: "Region", author: "Author", type: "Type", topic: "Topic", year: "Year" };
  var FACET_SHOWN = 12;

  /** Loads one part (once); resolves to its data, or null when it is missing. */
  function load(name) {
    if (name in loaded) return Promise.resolve(loaded[name]);
    return new Promise(function (resolve) {
      var first = !waiting[name];
      (waiting[name] = waiting[name] || []).push(resolve);
      if (!first) return;
      var script = document.createElement("script");
      script.src = partsBase + name + ".js";
      script.async = true;
      script.onerror = function () { StandfirstSearch.part(name, null); };
      document.head.appendChild(script);
    });
  }

  // ---- Query language: the same rules as org.standfirst.search.Query ----

  var SEPARATORS = /[^\p{L}\p{N}_'.]+/u;
  var EDGES = /^['._]+|['._]+$/g;
  // Where the index's tokeniser splits what has no separator: each Han or Hiragana character is a word,
  // and a run of Katakana (with its long-vowel mark) is a word apart from the letters around it.
  var UNITS = /[\p{Script=Han}\p{Script=Hiragana}]|[\p{Script=Katakana}\u30fc\uff70]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\uff70]+/gu;
  var MAX_WORDS = 32;

  function fold(word) {
    return word.normalize("NFD").replace(/\p{M}+/gu, "").replace(/\u2019/g, "'").replace(/\u0640/g, "")
      .toLowerCase().normalize("NFC");
  }

  function tokens(raw) {
    var out = [];
    fold(raw).split(SEPARATORS).forEach(function (part) {
      (part.match(UNITS) || []).forEach(function (unit) {
        var word = unit.replace(EDGES, "");
        if (word.length > 0) out.push(word);
      });
    });
    return out;
  }

  /** Java's Character.isWhitespace: breaking spaces only. */
  function isSpace(c) {
    return /[\t\n\u000b\f\r\u001c-\u001f]/.test(c) || (/[\p{Zs}\p{Zl}\p{Zp}]/u.test(c) && !/[\u00a0\u2007\u202f]/.test(c));
  }

  function parse(text, minPrefix) {
    var words = [], excluded = [], phrases = [], excludedPhrases = [], last = null, lastPlain = false, i = 0, n = text.length;
    var lastWritten = null; // the last word's run of words written as one, while it may be a prefix
    while (i < n) {
      var c = text.charAt(i);
      if (isSpace(c)) { i++; lastPlain = false; continue; }
      var end;
      if (c === '"') {
        end = text.indexOf('"', i + 1);
        if (end < 0) end = n;
        var phrase = tokens(text.substring(i + 1, end));
        // A phrase cut short by the word limit is left out; its words within the limit still count.
        if (phrase.length > 1 && words.length + phrase.length <= MAX_WORDS) phrases.push(phrase);
        words.push.apply(words, phrase);
        i = end + 1;
        lastPlain = false;
        continue;
      }
      end = i;
      while (end < n && !isSpace(text.charAt(end)) && text.charAt(end) !== '"') end++;
      var raw = text.substring(i, end);
      if (raw.charAt(0) === "-" && raw.length > 1) {
        var out = tokens(raw.substring(1));
        if (out.length > 1) excludedPhrases.push(out);
        else excluded.push.apply(excluded, out);
        lastPlain = false;
      } else {
        var found = tokens(raw);
        lastPlain = found.length > 0 && end === n;
        if (lastPlain) last = found[found.length - 1];
        // Written as one but several words for the index (Chinese, Japanese, hyphens): a phrase.
        if (found.length > 1 && words.length + found.length <= MAX_WORDS) {
          if (lastPlain) lastWritten = found;
          else phrases.push(found);
        }
        words.push.apply(words, found);
      }
      i = end;
    }
    words = words.slice(0, MAX_WORDS);
    excluded = excluded.slice(0, MAX_WORDS);
    excludedPhrases = excludedPhrases.slice(0, MAX_WORDS);
    var prefix = lastPlain && Array.from(last).length >= minPrefix && words[words.length - 1] === last ? last : null;
    if (lastWritten !== null && prefix === null) phrases.push(lastWritten);
    return { words: words, excluded: excluded, prefix: prefix, phrases: phrases, excludedPhrases: excludedPhrases };
  }

  // ---- Reading the index ----

  var ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$";
  var DIGIT = {};
  for (var a = 0; a < ALPHABET.length; a++) DIGIT[ALPHABET.charAt(a)] = a;

  function decode(text) {
    var out = [], value = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charAt(i)];
      value = value * 32 + (digit & 31);
      if (digit < 32) { out.push(value); value = 0; }
    }
    return out;
  }

  function fileName(key) {
    var out = "";
    for (var c of key) {
      out += /[a-z0-9]/.test(c) ? c : "_" + c.codePointAt(0).toString(16) + "_";
    }
    return out;
  }

  /** The shards a word needs: the one with the longest key that starts it, and for a prefix every shard below. */
  function shardsFor(meta, word, prefix) {
    var best = null, out = [];
    meta.shards.forEach(function (key) {
      if (word.startsWith(key) && (best === null || key.length > best.length)) best = key;
      else if (prefix && key.startsWith(word)) out.push(key);
    });
    if (best !== null) out.push(best);
    return out;
  }

  var decodedPostings = {};

  /** A stem's postings as {docs, weights}. */
  function postings(shard, stem) {
    var key = shard + "\u0000" + stem;
    if (!decodedPostings[key]) {
      var numbers = decode(loaded["t/" + fileName(shard)].p[stem] || "");
      var docs = new Int32Array(numbers.length / 2), weights = new Uint8Array(numbers.length / 2), doc = 0;
      for (var i = 0; i < numbers.length; i += 2) {
        doc += numbers[i];
        docs[i / 2] = doc;
        weights[i / 2] = numbers[i + 1];
      }
      decodedPostings[key] = { docs: docs, weights: weights };
    }
    return decodedPostings[key];
  }

  var decodedPositions = {};

  /** The positions part that holds a stem's positions: its own when the term part lists it under "x". */
  function positionsPart(shard, stem) {
    var terms = loaded["t/" + fileName(shard)];
    var alone = terms && terms.x && terms.x.indexOf(stem) >= 0;
    return "x/" + fileName(shard) + (alone ? "/" + fileName(stem) : "");
  }

  /** A stem's positions, by document of its postings: see docs/search.md. */
  function positions(shard, stem) {
    var key = shard + "\u0000" + stem;
    if (!decodedPositions[key]) {
      var list = postings(shard, stem), part = loaded[positionsPart(shard, stem)];
      var numbers = decode(part && part.x[stem] || ""), out = new Map(), at = 0;
      for (var i = 0; i < list.docs.length && at < numbers.length; i++) {
        var count = numbers[at++], found = new Set(), position = 0;
        for (var k = 0; k < count; k++) { position += numbers[at++]; found.add(position); }
        out.set(list.docs[i], found);
      }
      decodedPositions[key] = out;
    }
    return decodedPositions[key];
  }

  /** Whether the words of a phrase follow each other in one field of a document (words: the stems of each). */
  function hasPhrase(words, doc, stride) {
    var sets = words.map(function (stems) {
      var all = new Set();
      stems.forEach(function (entry) {
        var found = positions(entry.shard, entry.stem).get(doc);
        if (found) found.forEach(function (position) { all.add(position); });
      });
      return all;
    });
    for (var start of sets[0]) {
      var whole = true;
      for (var w = 1; w < sets.length && whole; w++) whole = sets[w].has(start + w * stride);
      if (whole) return true;
    }
    return false;
  }

  /** Every stem a word stands for, with the shard that holds its postings, and the words that led to them. */
  function stemsOf(word, prefix, shards) {
    var out = [], surfaces = [];
    shards.forEach(function (shard) {
      var part = loaded["t/" + fileName(shard)];
      if (!part) return;
      // A whole word is looked up; only a prefix needs every word of the part.
      var words = prefix ? Object.keys(part.w).filter(function (token) { return token.startsWith(word); })
        : Object.prototype.hasOwnProperty.call(part.w, word) ? [word] : [];
      words.forEach(function (token) {
        surfaces.push(token);
        var mapped = part.w[token];
        (Array.isArray(mapped) ? mapped : [mapped === "" ? token : mapped]).forEach(function (stem) {
          out.push({ shard: shard, stem: stem });
        });
      });
    });
    return { stems: out, surfaces: surfaces };
  }

  /** For one word: each document's best score over its stems (0: the document lacks the word). */
  function wordScores(meta, found) {
    var scores = new Float64Array(meta.docs);
    found.stems.forEach(function (entry) {
      var list = postings(entry.shard, entry.stem);
      var df = list.docs.length;
      var idf = Math.log(1 + (meta.docs - df + 0.5) / (df + 0.5));
      for (var i = 0; i < df; i++) {
        var score = idf * list.weights[i];
        if (score > scores[list.docs[i]]) scores[list.docs[i]] = score;
      }
    });
    return scores;
  }

  var decodedColumns = {};

  /** Reads a bit stream written six bits to a character of ALPHABET, most significant first. */
  function Bits(text) {
    var at = 0, word = 0, left = 0;
    this.bit = function () {
      if (left === 0) { word = DIGIT[text.charAt(at++)]; left = 6; }
      left--;
      return (word >> left) & 1;
    };
  }

  /** An Elias gamma code: as many zeros as the number has bits after its first, then its bits. */
  function gamma(bits) {
    var zeros = 0, value = 1;
    while (bits.bit() === 0) zeros++;
    while (zeros-- > 0) value = value * 2 + bits.bit();
    return value;
  }

  /** A canonical Huffman code from each symbol's code length (0: not used): shorter codes first, then by symbol. */
  function huffman(lengths) {
    var count = [], symbols = [];
    for (var length = 1; length <= 30; length++) {
      count[length] = 0;
      for (var s = 0; s < lengths.length; s++) if (lengths[s] === length) { symbols.push(s); count[length]++; }
    }
    return function (bits) {
      var code = 0, first = 0, index = 0;
      for (var length = 1; length <= 30; length++) {
        code |= bits.bit();
        if (code - first < count[length]) return symbols[index + code - first];
        index += count[length];
        first = (first + count[length]) * 2;
        code *= 2;
      }
      throw new Error("not a code in this facet part");
    };
  }

  /**
   * A facet value as [id, name, depth]: a value given as its name alone has the id derived from it
   * (lower case, spaces as hyphens), and one without a depth is at depth 0.
   */
  function facetValue(value) {
    if (typeof value === "string") return [value.toLowerCase().split(" ").join("-"), value, 0];
    return [value[0], value[1], value[2] || 0];
  }

  /** A facet part's values per document: see docs/search.md (codes for values and the end of a list; runs when "runs"). */
  function facetColumn(part, docs) {
    var lengths = [];
    for (var i = 0; i < part.l.length; i++) lengths.push(DIGIT[part.l.charAt(i)]);
    var symbol = huffman(lengths), end = part.v.length, bits = new Bits(part.c);
    var starts = [], values = [];
    while (starts.length < docs) {
      var run = part.runs ? gamma(bits) : 1, entry = [];
      if (part.one) entry.push(symbol(bits));
      else for (var value = symbol(bits); value !== end; value = symbol(bits)) entry.push(value);
      for (var r = 0; r < run; r++) {
        starts.push(values.length);
        values.push.apply(values, entry);
      }
    }
    starts.push(values.length);
    return { values: part.v.map(facetValue), starts: starts, of: values };
  }

  // ---- State in the URL ----

  function readState() {
    var params = new URLSearchParams(location.search);
    var state = { q: params.get("q") || "", sort: params.get("sort") || "", page: parseInt(params.get("page"), 10) || 1, filters: {} };
    if (["", "date", "oldest"].indexOf(state.sort) < 0) state.sort = "";
    if (state.page < 1) state.page = 1;
    Object.keys(FACET_LABELS).forEach(function (facet) { state.filters[facet] = params.getAll(facet); });
    return state;
  }

  function query(state) {
    var params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    Object.keys(FACET_LABELS).forEach(function (facet) {
      state.filters[facet].forEach(function (id) { params.append(facet, id); });
    });
    if (state.sort) params.set("sort", state.sort);
    if (state.page > 1) params.set("page", String(state.page));
    return "?" + params.toString();
  }

  function save(state, push) {
    var url = location.pathname + query(state);
    try {
      if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
    } catch (e) {
      // Some browsers refuse to change a file:// address; the page still works, unbookmarkable.
    }
  }

  // ---- The page ----

  var input = root.querySelector("#search-q");
  var sort = root.querySelector("#search-sort");
  var status = root.querySelector("[data-search-status]");
  var body = root.querySelector("[data-search-body]");
  var facetsBox = root.querySelector("[data-search-facets]");
  var resultsList = root.querySelector("[data-search-results]");
  var pagesNav = root.querySelector("[data-search-pages]");
  var state = readState();
  var runs = 0;
  var expanded = {};
  /** Each body text fetched, inflated (a promise), by document. */
  var bodyTexts = {};

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** The parts a query needs: its words' term parts, its phrases' positions parts, the facet columns. */
  function partsFor(meta, parsed) {
    var needs = {};
    var excludedWords = [].concat.apply([], parsed.excludedPhrases);
    parsed.words.concat(parsed.excluded, excludedWords).forEach(function (word) {
      shardsFor(meta, word, word === parsed.prefix).forEach(function (key) { needs["t/" + fileName(key)] = true; });
    });
    meta.facets.forEach(function (facet) { needs["f/" + facet] = true; });
    return Object.keys(needs);
  }

  /** The positions parts a query's phrases need, read from their words' term parts (loaded first). */
  function positionParts(meta, parsed) {
    var needs = {};
    parsed.phrases.concat(parsed.excludedPhrases).forEach(function (phrase) {
      phrase.forEach(function (word) {
        stemsOf(word, false, shardsFor(meta, word, false)).stems.forEach(function (entry) {
          needs[positionsPart(entry.shard, entry.stem)] = true;
        });
      });
    });
    return Object.keys(needs);
  }

  /** Load the term parts, then the positions parts (only phrases need them), then answer. */
  function loadFor(meta, parsed) {
    return Promise.all(partsFor(meta, parsed).map(load)).then(function () {
      return Promise.all(positionParts(meta, parsed).map(load));
    });
  }

  function loadedFor(meta, parsed) {
    var isLoaded = function (name) { return name in loaded; };
    return partsFor(meta, parsed).every(isLoaded) && positionParts(meta, parsed).every(isLoaded);
  }

  /** Runs the state's query and shows it. Later runs win over slower earlier ones. */
  function run() {
    var mine = ++runs;
    return load("meta").then(function (meta) {
      if (!meta) throw new Error("the search index is missing");
      var parsed = parse(state.q, meta.prefix);
      if (parsed.words.length === 0) return show(mine, meta, null, parsed);
      return loadFor(meta, parsed).then(function () {
        if (mine !== runs) return;
        return show(mine, meta, search(meta, parsed), parsed);
      });
    }).catch(function (error) {
      if (mine === runs) status.textContent = "Search is not available: " + error.message + ".";
    });
  }

  /** What an excerpt marks for a word: the forms it was found in, and their stems. */
  function forms() {
    return { surfaces: {}, stems: {} };
  }

  function addForms(into, found) {
    found.surfaces.forEach(function (surface) { into.surfaces[surface] = true; });
    found.stems.forEach(function (entry) { into.stems[entry.stem] = true; });
    return into;
  }

  /** Whether a word of an excerpt ({token, stems}) is one of the forms given. */
  function isOf(forms, unit) {
    return forms.surfaces[unit.token] === true || unit.stems.some(function (stem) { return forms.stems[stem] === true; });
  }

  /** The stems the index gives a word of the text, when its term part is loaded (else none: it is matched by its form). */
  function stemsOfText(meta, token) {
    return stemsOf(token, false, shardsFor(meta, token, false)).stems.map(function (entry) { return entry.stem; });
  }

  /** The matching documents with scores, before filters. */
  function search(meta, parsed) {
    var total = new Float64Array(meta.docs), matched = new Uint8Array(meta.docs);
    // What an excerpt marks: the forms of words written on their own wherever they occur, and the words
    // of a phrase only where the phrase does (a Chinese character of the query is not marked everywhere).
    // A word is marked in any form that shares a stem with it, as it was found ("Council's" for council).
    // stems: each word of a text marked so far with its stems (the parts this query loaded stay as they are).
    var marks = { meta: meta, any: forms(), phrases: [], stems: {} }, inPhrases = {};
    parsed.phrases.forEach(function (phrase) {
      phrase.forEach(function (word) { inPhrases[word] = (inPhrases[word] || 0) + 1; });
      marks.phrases.push(phrase.map(function (word) {
        return addForms(forms(), stemsOf(word, false, shardsFor(meta, word, false)));
      }));
    });
    var distinct = Array.from(new Set(parsed.words));
    distinct.forEach(function (word, index) {
      // The last word is a prefix unless it is also written earlier, where it must match whole.
      var isPrefix = word === parsed.prefix && parsed.words.indexOf(word) === parsed.words.length - 1;
      var found = stemsOf(word, isPrefix, shardsFor(meta, word, isPrefix));
      var alone = parsed.words.filter(function (w) { return w === word; }).length > (inPhrases[word] || 0);
      if (alone) addForms(marks.any, found);
      var scores = wordScores(meta, found);
      for (var d = 0; d < meta.docs; d++) {
        if (scores[d] > 0 && matched[d] === index) { matched[d]++; total[d] += scores[d]; }
      }
    });
    var excluded = new Uint8Array(meta.docs);
    parsed.excluded.forEach(function (word) {
      var scores = wordScores(meta, stemsOf(word, false, shardsFor(meta, word, false)));
      for (var d = 0; d < meta.docs; d++) if (scores[d] > 0) excluded[d] = 1;
    });
    var docs = [];
    for (var d = 0; d < meta.docs; d++) if (matched[d] === distinct.length && !excluded[d]) docs.push(d);
    parsed.phrases.forEach(function (phrase) {
      var words = phrase.map(function (word) { return stemsOf(word, false, shardsFor(meta, word, false)).stems; });
      docs = docs.filter(function (doc) { return hasPhrase(words, doc, meta.stride); });
    });
    parsed.excludedPhrases.forEach(function (phrase) {
      var words = phrase.map(function (word) { return stemsOf(word, false, shardsFor(meta, word, false)).stems; });
      docs = docs.filter(function (doc) { return !hasPhrase(words, doc, meta.stride); });
    });
    return { docs: docs, scores: total, marks: marks };
  }

  /**
   * Filters the matching documents and counts each facet's values over the documents that pass every
   * other facet's filter: OR within a facet, AND across facets, exact for the whole result set.
   */
  function facetAnswer(meta, docs, filters) {
    var columns = {}, selected = {};
    meta.facets.forEach(function (facet) {
      var column = columns[facet] = decodedColumns[facet] || (decodedColumns[facet] = facetColumn(loaded["f/" + facet], meta.docs));
      var ids = {};
      column.values.forEach(function (value, index) { ids[value[0]] = index; });
      selected[facet] = {};
      (filters[facet] || []).forEach(function (id) { if (id in ids) selected[facet][ids[id]] = true; });
    });
    var active = meta.facets.filter(function (facet) { return Object.keys(selected[facet]).length > 0; });
    var counts = {};
    meta.facets.forEach(function (facet) { counts[facet] = new Int32Array(columns[facet].values.length); });
    var results = [];
    docs.forEach(function (doc) {
      var failing = [];
      active.forEach(function (facet) {
        var column = columns[facet], ok = false;
        for (var k = column.starts[doc]; k < column.starts[doc + 1]; k++) if (selected[facet][column.of[k]]) ok = true;
        if (!ok) failing.push(facet);
      });
      if (failing.length > 1) return;
      meta.facets.forEach(function (facet) {
        if (failing.length === 1 && failing[0] !== facet) return;
        var column = columns[facet];
        for (var k = column.starts[doc]; k < column.starts[doc + 1]; k++) counts[facet][column.of[k]]++;
      });
      if (failing.length === 0) results.push(doc);
    });
    return { results: results, counts: counts, columns: columns, selected: selected, active: active };
  }

  function show(mine, meta, found, parsed) {
    if (found === null) {
      body.hidden = true;
      root.setAttribute("data-results", "0");
      status.textContent = state.q.trim() ? "Type a word to search for." : "";
      return;
    }
    var answer = facetAnswer(meta, found.docs, state.filters);
    var results = answer.results, counts = answer.counts, columns = answer.columns, selected = answer.selected,
      active = answer.active;
    if (state.sort === "date") results.sort(function (x, y) { return y - x; });
    else if (state.sort === "oldest") results.sort(function (x, y) { return x - y; });
    else results.sort(function (x, y) { return found.scores[y] - found.scores[x] || y - x; });

    var pages = Math.max(1, Math.ceil(results.length / PAGE_SIZE));
    var page = Math.min(state.page, pages);
    var shown = results.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    var fragmentParts = {};
    shown.forEach(function (doc) { fragmentParts["d/" + Math.floor(doc / meta.fragments)] = true; });
    var texts = {};
    return Promise.all(Object.keys(fragmentParts).map(load)).then(function () {
      // A result whose title and start show none of the words fetches its body's text, to cut the
      // excerpt from (where the browser can inflate it; elsewhere the start is shown).
      if (typeof DecompressionStream === "undefined") return;
      return Promise.all(shown.filter(function (doc) {
        var row = fragmentOf(meta, doc);
        return row[6] === 1 && spans(row[4], found.marks).length === 0 && spans(row[1], found.marks).length === 0;
      }).map(function (doc) {
        bodyTexts[doc] = bodyTexts[doc] || load("e/" + doc).then(function (part) { return part ? inflate(part.e) : null; })
          .catch(function () { return null; }); // the start is shown instead
        return bodyTexts[doc].then(function (text) { texts[doc] = text; });
      }));
    }).then(function () {
      if (mine !== runs) return;
      body.hidden = false;
      root.setAttribute("data-results", String(results.length));
      status.textContent = results.length === 0 ? "No results for \u201c" + state.q.trim() + "\u201d."
        : (results.length === 1 ? "1 result" : results.length.toLocaleString("en") + " results") + " for \u201c" + state.q.trim() + "\u201d"
          + (pages > 1 ? ", page " + page + " of " + pages : "") + ".";
      renderFacets(meta, columns, counts, selected);
      renderResults(meta, shown, found.marks, texts, results.length === 0 && active.length > 0);
      renderPages(page, pages);
    });
  }

  function renderFacets(meta, columns, counts, selected) {
    facetsBox.textContent = "";
    meta.facets.forEach(function (facet) {
      var values = columns[facet].values;
      var indexes = [];
      values.forEach(function (value, index) { if (counts[facet][index] > 0 || selected[facet][index]) indexes.push(index); });
      if (indexes.length === 0) return;
      if (facet !== "region") {
        indexes.sort(function (x, y) {
          if (facet === "year") return values[y][0] < values[x][0] ? -1 : 1;
          return counts[facet][y] - counts[facet][x] || (values[x][1] < values[y][1] ? -1 : 1);
        });
      }
      var details = element("details", "search-facet");
      details.open = true;
      details.appendChild(element("summary", "", FACET_LABELS[facet]));
      var list = element("ul");
      indexes.forEach(function (index, position) {
        if (position >= FACET_SHOWN && !expanded[facet] && !selected[facet][index]) return;
        var item = element("li");
        if (values[index][2] > 0) item.style.paddingInlineStart = values[index][2] + "em";
        var label = element("label");
        var box = element("input");
        box.type = "checkbox";
        box.name = facet;
        box.value = values[index][0];
        box.checked = !!selected[facet][index];
        box.addEventListener("change", function () { toggle(facet, values[index][0], box.checked); });
        label.appendChild(box);
        label.appendChild(document.createTextNode(" " + values[index][1] + " "));
        label.appendChild(element("span", "search-count", "(" + counts[facet][index] + ")"));
        item.appendChild(label);
        list.appendChild(item);
      });
      details.appendChild(list);
      if (indexes.length > FACET_SHOWN) {
        var more = element("button", "search-more", expanded[facet] ? "Show fewer" : "Show all " + indexes.length);
        more.type = "button";
        more.addEventListener("click", function () { expanded[facet] = !expanded[facet]; run(); });
        details.appendChild(more);
      }
      facetsBox.appendChild(details);
    });
  }

  function toggle(facet, id, on) {
    var list = state.filters[facet].filter(function (x) { return x !== id; });
    if (on) list.push(id);
    state.filters[facet] = list;
    state.page = 1;
    save(state, true);
    run();
  }

  function renderResults(meta, shown, marks, texts, offerReset) {
    resultsList.textContent = "";
    if (shown.length === 0) {
      var item = element("li", "search-empty", "No pieces match. Check the spelling or use fewer words.");
      if (offerReset) {
        var reset = element("button", "search-reset", "Remove the filters");
        reset.type = "button";
        reset.addEventListener("click", function () {
          Object.keys(state.filters).forEach(function (facet) { state.filters[facet] = []; });
          state.page = 1;
          save(state, true);
          run();
        });
        item.appendChild(document.createTextNode(" "));
        item.appendChild(reset);
      }
      resultsList.appendChild(item);
      return;
    }
    shown.forEach(function (doc) {
      var row = fragmentOf(meta, doc);
      var item = element("li", "search-result");
      item.lang = row[5];
      var heading = element("h2");
      var link = element("a");
      append(link, row[1], spans(row[1], marks), 0, row[1].length);
      link.href = home + row[0] + "index.html";
      heading.appendChild(link);
      item.appendChild(heading);
      item.appendChild(element("p", "search-meta", row[2]));
      if (row[3]) item.appendChild(element("p", "search-authors", "By " + row[3]));
      item.appendChild(excerptOf(row[4], texts[doc], marks));
      resultsList.appendChild(item);
    });
  }

  function fragmentOf(meta, doc) {
    return loaded["d/" + Math.floor(doc / meta.fragments)].d[doc % meta.fragments];
  }

  /**
   * The excerpt of a result: its fragment's start of the piece where that has a word searched for, else
   * the first paragraph of its body text that has one, else the start again.
   */
  function excerptOf(start, text, marks) {
    var words = spans(start, marks);
    if (words.length === 0 && text) {
      var paragraphs = text.split("\n");
      for (var i = 0; i < paragraphs.length; i++) {
        var found = spans(paragraphs[i], marks);
        if (found.length) return excerpt(paragraphs[i], found, i > 0);
      }
    }
    return excerpt(start, words, false);
  }

  /** A body text part's text: raw DEFLATE in base64. */
  function inflate(base64) {
    var bytes = Uint8Array.from(atob(base64), function (c) { return c.charCodeAt(0); });
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"))).text();
  }

  /** Where the text has what search() marks: [from, to] pairs in order, a phrase as one. */
  function spans(text, marks) {
    // Each word the tokeniser reads in the text (a Chinese character is one), with where it is.
    var units = [], pattern = /[\p{L}\p{N}\p{M}_'.\u2019]+/gu, match;
    while ((match = pattern.exec(text)) !== null) {
      var split = new RegExp(UNITS.source, "gu"), unit;
      while ((unit = split.exec(match[0])) !== null) {
        var token = tokens(unit[0])[0];
        if (token !== undefined) {
          // A mark leaves out the stops and apostrophes the word starts or ends with ("Sea." marks "Sea").
          var at = match.index + unit.index;
          var lead = unit[0].length - unit[0].replace(/^[._'\u2019]+/u, "").length;
          var trail = unit[0].length - unit[0].replace(/[._'\u2019]+$/u, "").length;
          var stems = marks.stems[token] || (marks.stems[token] = stemsOfText(marks.meta, token));
          units.push({ from: at + lead, to: at + unit[0].length - trail, token: token, stems: stems });
        }
      }
    }
    var marked = units.map(function (u) { return isOf(marks.any, u); });
    // A phrase is one mark from its first word to its last, the spaces between them included.
    var joined = units.map(function () { return false; });
    marks.phrases.forEach(function (phrase) {
      for (var i = 0; i + phrase.length <= units.length; i++) {
        var whole = true;
        for (var j = 0; j < phrase.length && whole; j++) whole = isOf(phrase[j], units[i + j]);
        if (!whole) continue;
        for (var k = 0; k < phrase.length; k++) {
          marked[i + k] = true;
          if (k > 0) joined[i + k] = true;
        }
      }
    });
    var words = [];
    units.forEach(function (u, i) {
      if (!marked[i]) return;
      var previous = words[words.length - 1];
      if (previous && (previous[1] === u.from || joined[i])) previous[1] = u.to;
      else words.push([u.from, u.to]);
    });
    return words;
  }

  /**
   * The excerpt, cut around the first of the words (from spans()), each in <mark>; later when
   * the text is a paragraph after the start of the piece, so it begins with an ellipsis.
   */
  function excerpt(text, words, later) {
    var start = 0, end = text.length;
    if (text.length > 220) {
      var first = words.length ? words[0][0] : 0;
      start = Math.max(0, first - 60);
      // Cut at a space nearby; text without spaces (Chinese, Japanese) is cut where it is.
      var earliest = Math.max(0, start - 20);
      while (start > earliest && !/\s/.test(text.charAt(start - 1))) start--;
      if (start > 0 && !/\s/.test(text.charAt(start - 1))) start = Math.max(0, first - 60);
      end = Math.min(text.length, start + 220);
      var latest = Math.min(text.length, end + 20);
      while (end < latest && !/\s/.test(text.charAt(end))) end++;
      if (end < text.length && !/\s/.test(text.charAt(end))) end = Math.min(text.length, start + 220);
    }
    var out = element("p", "search-excerpt");
    if (start > 0 || later) out.appendChild(document.createTextNode("\u2026 "));
    append(out, text, words, start, end);
    if (end < text.length) out.appendChild(document.createTextNode(" \u2026"));
    return out;
  }

  /** Appends text[start, end) to an element, each of the words (spans()) inside it in <mark>. */
  function append(out, text, words, start, end) {
    var at = start;
    words.forEach(function (span) {
      if (span[0] < at || span[1] > end) return;
      out.appendChild(document.createTextNode(text.substring(at, span[0])));
      out.appendChild(element("mark", "", text.substring(span[0], span[1])));
      at = span[1];
    });
    out.appendChild(document.createTextNode(text.substring(at, end)));
  }

  function renderPages(page, pages) {
    pagesNav.textContent = "";
    pagesNav.hidden = pages <= 1;
    if (pages <= 1) return;
    var list = element("ol");
    function add(number, label) {
      var item = element("li");
      if (number === page && !label) {
        item.appendChild(element("span", "", String(number))).setAttribute("aria-current", "page");
      } else {
        var link = element("a", "", label || String(number));
        var target = Object.assign({}, state, { page: number });
        link.href = query(target);
        link.addEventListener("click", function (event) {
          event.preventDefault();
          state.page = number;
          save(state, true);
          run().then(function () { status.focus(); });
        });
        item.appendChild(link);
      }
      list.appendChild(item);
    }
    if (page > 1) add(page - 1, "Previous");
    for (var n = Math.max(1, page - 3); n <= Math.min(pages, page + 3); n++) add(n);
    if (page < pages) add(page + 1, "Next");
    pagesNav.appendChild(list);
  }

  function fill() {
    input.value = state.q;
    sort.value = state.sort;
  }

  var typing = null;
  input.addEventListener("input", function () {
    clearTimeout(typing);
    function go() {
      state.q = input.value;
      state.page = 1;
      save(state, false);
      run();
    }
    // With every part the query needs already loaded, searching takes less than a key does: search at
    // once. Otherwise wait for the next key, so a half-typed word does not fetch parts for nothing.
    var meta = loaded.meta;
    var ready = meta && loadedFor(meta, parse(input.value, meta.prefix));
    if (ready) go(); else typing = setTimeout(go, 60);
  });
  sort.addEventListener("change", function () {
    state.sort = sort.value;
    state.page = 1;
    save(state, true);
    run();
  });
  root.querySelector("form").addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(typing);
    state.q = input.value;
    state.page = 1;
    save(state, true);
    run();
  });
  window.addEventListener("popstate", function () {
    state = readState();
    fill();
    run();
  });
  status.tabIndex = -1;
  fill();
  run();
  /**
   * The documents (ascending) and non-zero facet counts by value id for a query and filters, exactly as
   * the page finds them: for tests that compare the browser with a plain scan.
   */
  window.StandfirstSearch.find = function (text, filters) {
    return load("meta").then(function (meta) {
      var parsed = parse(text, meta.prefix);
      return loadFor(meta, parsed).then(function () {
        var docs = parsed.words.length ? search(meta, parsed).docs : [];
        var answer = facetAnswer(meta, docs, filters), counts = {};
        meta.facets.forEach(function (facet) {
          answer.counts[facet].forEach(function (n, index) {
            if (n > 0) (counts[facet] = counts[facet] || {})[answer.columns[facet].values[index][0]] = n;
          });
        });
        return { docs: answer.results.slice().sort(function (x, y) { return x - y; }), counts: counts };
      });
    });
  };
})();
