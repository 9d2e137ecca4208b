package io.github.socialbiz.report;

import static io.github.socialbiz.report.Report.paragraph;
import static io.github.socialbiz.report.Report.plain;
import static io.github.socialbiz.report.Report.table;
import static io.github.socialbiz.report.Text.px;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.internal.Decimals;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.peers.AccountFigures;
import io.github.socialbiz.peers.Peer;
import io.github.socialbiz.peers.PeerComparison;
import io.github.socialbiz.peers.Quartiles;
import io.github.socialbiz.peers.Rank;
import io.github.socialbiz.peers.Staffing;
import io.github.socialbiz.peers.StaffingFigures;
import io.github.socialbiz.practice.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The "Among your peers" section: the organization against the consultancy's own peers, in words a client
 * reads, with the percentile of every dimension as a chart and the CoE headcount as a table.
 */
final class PeerSection {

  static final String CHART_LABEL = "Percentile among peers";

  private PeerSection() {}

  static Report.Section section(PeerComparison c) {
    List<Report.Block> blocks = new ArrayList<>();
    int k = c.group().threshold();
    blocks.add(
        paragraph(
            plain(
                "Compared with "
                    + c.group().size()
                    + " organizations we have assessed ("
                    + c.group().filter().describe()
                    + "). They are anonymous, and no figure here rests on fewer than "
                    + k
                    + " of them. A percentile is the share of these peers scoring below the"
                    + " organization, ties counted half: the 50th is the middle. Where practices were"
                    + " not assessed, here or at a peer, the percentile is a range from the least to"
                    + " the most it could be.")));
    blocks.add(new Report.Picture(CHART_LABEL, chart(c)));
    List<ImmutableList<Report.Line>> ranks = new ArrayList<>();
    for (Map.Entry<Dimension, Rank> e : c.dimensions().entrySet()) {
      ranks.add(
          ImmutableList.of(
              Report.Line.plain(e.getKey().displayName()),
              Report.Line.plain(e.getValue().toString())));
    }
    ranks.add(
        ImmutableList.of(Report.Line.plain("Overall"), Report.Line.plain(c.overall().toString())));
    blocks.add(table(List.of("Dimension", "Among the peers"), ranks));
    blocks.add(paragraph(plain(stages(c))));
    blocks.add(paragraph(plain("Center of Excellence. " + coeWords(c))));
    c.coe().ifPresent(f -> blocks.add(coeTable(f, c.own())));
    blocks.add(paragraph(plain("Social accounts. " + accountWords(c))));
    return Report.Section.of("peers", "Among your peers", blocks);
  }

  private static String stages(PeerComparison c) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Stage, Integer> e : c.stages().entrySet()) {
      if (e.getValue() > 0) {
        parts.add(
            e.getValue() + " at stage " + e.getKey().number() + ", " + e.getKey().displayName());
      }
    }
    Peer own = c.own();
    return "Stages. Among the peers, "
        + String.join("; ", parts)
        + ". The organization's evidence proves stage "
        + own.stage().number()
        + ", "
        + own.stage().displayName()
        + (own.possibleStage() == own.stage()
            ? "."
            : ", and what nobody assessed could place it as high as stage "
                + own.possibleStage().number()
                + ", "
                + own.possibleStage().displayName()
                + ".");
  }

  private static String coeWords(PeerComparison c) {
    String own =
        c.own()
            .coe()
            .map(
                s ->
                    s.totalHeadcount() == 0
                        ? "The respondents said the organization has no staffed CoE."
                        : "The organization's CoE has "
                            + s.totalHeadcount()
                            + (s.totalHeadcount() == 1 ? " person" : " people")
                            + " ("
                            + Decimals.tenths(s.totalFte())
                            + " FTE).")
            .orElse(
                "The organization's CoE roster is not on record, so it is not compared (an empty"
                    + " roster is not counted as no one).");
    if (c.coe().isEmpty()) {
      return own + " Peer figures: " + c.coeWithheld().orElse("") + ".";
    }
    StaffingFigures f = c.coe().get();
    return own
        + " Among "
        + f.size()
        + " peers of the same size and stage ("
        + f.peers()
        + ") whose CoE is on record, the median CoE has "
        + Decimals.tenths(f.headcount().median())
        + " people ("
        + middle(Decimals.tenths(f.headcount().lower()), Decimals.tenths(f.headcount().upper()))
        + ") and "
        + Decimals.tenths(f.fte().median())
        + " FTE.";
  }

  private static Report.Block coeTable(StaffingFigures f, Peer own) {
    List<ImmutableList<Report.Line>> rows = new ArrayList<>();
    for (Role r : Role.values()) {
      Quartiles people = f.headcountByRole().get(r);
      Quartiles fte = f.fteByRole().get(r);
      boolean ownHolds = own.coe().map(s -> s.headcount(r) > 0).orElse(false);
      if (people == null || fte == null || (people.upper() == 0 && !ownHolds)) {
        continue;
      }
      rows.add(
          ImmutableList.of(
              Report.Line.plain(r.displayName()),
              Report.Line.plain(spread(people)),
              Report.Line.plain(spread(fte)),
              Report.Line.plain(
                  own.coe()
                      .map(
                          (Staffing s) ->
                              s.headcount(r) + " (" + Decimals.tenths(s.fte(r)) + " FTE)")
                      .orElse("not on record"))));
    }
    return table(
        List.of("Role", "Peers: people, median (middle half)", "Peers: FTE", "This organization"),
        rows);
  }

  private static String accountWords(PeerComparison c) {
    String own =
        c.own().accounts().isPresent()
            ? "The organization has "
                + c.own().accounts().get()
                + " accounts, "
                + percent(c.own().idleShare().orElseThrow()) // given with the accounts
                + " of them idle for more than 90 days."
            // a peer keeps no account figures without an inventory, nor when an account's
            // idleness is not known (Peer#idleShare)
            : "The organization's accounts are not on record with their activity (no inventory, or"
                + " an account whose last activity is not recorded), so they are not compared.";
    if (c.accounts().isEmpty()) {
      return own + " Peer figures: " + c.accountsWithheld().orElse("") + ".";
    }
    AccountFigures a = c.accounts().get();
    return own
        + " Among "
        + a.size()
        + " peers with an inventory, the median is "
        + Decimals.tenths(a.accounts().median())
        + " accounts ("
        + middle(Decimals.tenths(a.accounts().lower()), Decimals.tenths(a.accounts().upper()))
        + "), "
        + percent(a.idleShare().median())
        + " of them idle ("
        + middle(percent(a.idleShare().lower()), percent(a.idleShare().upper()))
        + ").";
  }

  /** The middle half of the peers in words: between two figures, or at one. */
  private static String middle(String lower, String upper) {
    return lower.equals(upper)
        ? "the middle half of the peers at " + lower
        : "the middle half of the peers between " + lower + " and " + upper;
  }

  private static String spread(Quartiles q) {
    return Decimals.tenths(q.median())
        + " ("
        + Decimals.tenths(q.lower())
        + " to "
        + Decimals.tenths(q.upper())
        + ")";
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  /** A bar per dimension and overall from 0 to 100: solid to the rank's low end, light to its high end. */
  static String chart(PeerComparison c) {
    List<Map.Entry<String, Rank>> bars = new ArrayList<>();
    c.dimensions().forEach((d, r) -> bars.add(Map.entry(d.displayName(), r)));
    bars.add(Map.entry("Overall", c.overall()));
    int rowHeight = 26;
    int left = 130;
    int width = 360;
    int height = 40 + bars.size() * rowHeight;
    Markup m = Charts.svg(left + width + 110, height, CHART_LABEL);
    m.element("title", CHART_LABEL).newline();
    for (int p = 0; p <= 100; p += 25) {
      double x = left + width * p / 100.0;
      m.empty(
              "line",
              "x1",
              px(x),
              "y1",
              "20",
              "x2",
              px(x),
              "y2",
              px(height - 16),
              "stroke",
              Charts.GRID)
          .newline();
      m.element(
              "text",
              p == 50 ? "50th (median)" : Integer.toString(p),
              "x",
              px(x),
              "y",
              "14",
              "font-size",
              "11",
              "text-anchor",
              "middle")
          .newline();
    }
    for (int i = 0; i < bars.size(); i++) {
      Rank r = bars.get(i).getValue();
      double y = 26 + i * rowHeight;
      m.element(
              "text",
              bars.get(i).getKey(),
              "x",
              px(left - 8),
              "y",
              px(y + 13),
              "font-size",
              "12",
              "text-anchor",
              "end")
          .newline();
      if (r.high() > r.low()) {
        m.empty(
                "rect",
                "x",
                px(left + width * r.low() / 100),
                "y",
                px(y + 2),
                "width",
                px(width * (r.high() - r.low()) / 100),
                "height",
                "14",
                "fill",
                "#bee3f8")
            .newline();
      }
      m.empty(
              "rect",
              "x",
              px(left),
              "y",
              px(y + 2),
              "width",
              px(Math.max(1, width * r.low() / 100)),
              "height",
              "14",
              "fill",
              Charts.BLUE)
          .newline();
      m.element(
              "text",
              r.isExact()
                  ? Long.toString(Math.round(r.low()))
                  : Math.round(r.low()) + " to " + Math.round(r.high()),
              "x",
              px(left + width + 8),
              "y",
              px(y + 13),
              "font-size",
              "12")
          .newline();
    }
    return m.close().newline().finish();
  }
}
