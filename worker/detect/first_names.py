"""Given names, by the pronoun news copy uses for them, and the family names written first:
what a name's first word tells of its bearer; and what an honorific before it tells."""

from __future__ import annotations

import re

from .lexicon import word_set

_MR = re.compile(r"\bMr\b")
_MRS = re.compile(r"\b(?:Mrs|Ms|Miss)\b")

# Family names written first (Geng Shuang, Xi Jinping, Kim Jong Un): the first word is
# then the surname an article uses on its own.
FAMILY_FIRST = word_set(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo
    zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang
    yu du ye cheng wei su lu ding ren shen yao geng xi qin bo hua kim lee park choi jung
    kang cho yoon jang lim moon shin nguyen tran pham ban ahn hwang seo kwon yoo jeon hong baek
    ryu"""
)

# Common first names by the pronoun news copy uses for them: a weak vote that lets
# "she said" skip past a Mark and reach an Elizabeth.
FEMALE_NAMES = word_set(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah
    stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda
    pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet
    ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren
    joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann
    teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise
    amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
    charlotte rose alexis kayla hillary nikki kamala ivanka melania condoleezza oprah janet
    lael loretta elena ursula angela theresa christine kristalina ketanji sonia amy tulsi
    elise liz kellyanne sheryl greta malala jacinda melanie claire stacey tammy kirsten
    tina maxine debbie jeanne marsha lisa heidi shelley cathy dianne patty barbara gwen
    huma jill sarah katie kate ellen jane anne annie joni susana nikki nina gina
    valerie vanessa veronica wendy whitney yvonne tracy tiffany tara tanya sylvia suzanne
    sue stacy sherry shannon rita roberta rosa ruby sally paula peggy penny norma
    nora monica molly miriam meredith melinda meghan marcia lori lucy leah kristen
    kristin joanne jenna irene holly gail erin erica elaine eileen edith
    colleen connie christy chelsea carla carmen caroline bonnie beth betsy april allison
    alison alicia alexandra adrienne yulia svetlana olga tatiana natalia irina marine
    giorgia ursula kaja kaja annalena mette sanna ava bernadette carly chloe cokie dena dolores
    eleanor ella ellie esther eva francine frederica gretchen harriet hazel hilda hope ingrid
    jeanette jeannette jeannie jocelyn josephine juanita katharine kathrine kathy katrina kendra
    kimberley krista kristina lana lena lila lillian lois lolita lorna lorraine louise lucia
    lydia mabel madeline mallory mara marcy margo marian marianne marjorie marla marlene maryann
    maureen maya meg melody mia michele mildred millie nadia nanette naomi natasha neera nell
    nellie nicola noreen pam patti pauline phyllis priscilla rachael rebekah regina renee rhonda
    rochelle rosalind rosalyn rosemary roxanne sabrina sadie selena serena shana sharron shauna
    shawna sheila sonja sonya stella susanna susannah tamara terri tessa thelma tonya trisha trudy
    valeria vera vicki vickie viola wanda willa wilma yolanda zoe zoey"""
)
MALE_NAMES = word_set(
    """james robert john michael david william richard joseph thomas charles christopher
    daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george
    timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
    justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis
    jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah
    jeremy christian keith roger gerald harold sean austin carl arthur lawrence dylan
    jesse bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah
    randy roy vincent ralph eugene russell bobby mason philip louis barack vladimir dmitry
    dmitri volodymyr xi emmanuel boris rishi olaf recep benjamin mohammed muhammad ali
    jerome ben mitt mike marco ted bernie chuck mitch kevin hakeem jared eric rex jim bill
    joe hunter elon jeff tim satya sundar sergey leonid sergei sergii imran narendra
    newt rand reince paul jeb rudy rudolph chris tom dick harry steve greg doug
    dave dan don ron ken rick rob bob ed ted fred glenn howard hank herbert hugh ian ivan
    jacques jean-claude jens john-paul karl kurt lloyd luis mario martin marvin maurice
    max neil nick norman oliver oscar pedro phil pierre rafael ralph reid rex ricardo
    roberto rodney rudy sam sebastian seth shawn sherrod simon stanley stuart todd tony
    trent troy victor vince warren wes xavier yuri viktor vitali volker wolfgang
    mehmet recep ahmed hassan hussein abdul omar khalid mahmoud benny bibi yair naftali
    antony merrick alejandro pete tucker hakeem
    devin kash"""
)


def given_sex(word: str) -> str:
    """"m" or "f" by a given name in lower case ("bill", "hillary"), "" for one not listed."""
    return "f" if word in FEMALE_NAMES else "m" if word in MALE_NAMES else ""


def honorific_sex(lead: str) -> str:
    """"m" for a "Mr." among the words before a name, "f" for "Mrs.", "Ms." or "Miss", else ""."""
    return "m" if _MR.search(lead) else "f" if _MRS.search(lead) else ""
